// Identity resolution: which known customer wrote this post? Hard identifiers link; soft ones only suggest.
import { normalizeHandle } from '../author-handle.ts';
import type { IdentityIndex } from './identity-index.ts';

/** The author of a mention (or any message) as far as the platform tells. */
export interface AuthorIdentity {
  name?: string;
  handle?: string;
  platform: string;
  email?: string;
}

/**
 * Why a customer is proposed: `handle` (same handle on the same platform) and `email` are hard
 * identifiers; `name` (same display name) and `handle-on-other-platform` are only hints.
 */
export type MatchReason = 'handle' | 'email' | 'name' | 'handle-on-other-platform';

export interface AuthorSuggestion {
  customerId: string;
  reason: MatchReason;
}

export interface AuthorResolution {
  /** Set only when the hard identifiers point at exactly one customer. */
  linked?: string;
  /** Candidates for a person to confirm; empty when the author was linked with no competing candidate. */
  suggestions: AuthorSuggestion[];
}

/** At most this many suggestions: a common name must not flood the triage view. */
const MAX_SUGGESTIONS = 10;

/**
 * Rules, in order:
 * 1. The handle on the author's platform and the e-mail are hard identifiers. When every customer they
 *    match is the same one, the author is linked to it.
 * 2. When they match different customers (conflicting or duplicated records), nothing is linked: each
 *    candidate is suggested with the identifier that found it, for a person to decide.
 * 3. Without a hard match, customers with the same display name, or the same handle on another
 *    platform, are suggested — never linked, since two people can share a name.
 */
export function resolveAuthor(author: AuthorIdentity, index: IdentityIndex): AuthorResolution {
  const hard: AuthorSuggestion[] = [];
  const handle = author.handle ? normalizeHandle(author.handle) : '';
  if (handle) for (const customerId of index.byHandle(author.platform, handle)) hard.push({ customerId, reason: 'handle' });
  if (author.email?.trim()) for (const customerId of index.byEmail(author.email)) hard.push({ customerId, reason: 'email' });

  const hardIds = new Set(hard.map((s) => s.customerId));
  if (hardIds.size === 1) return { linked: hard[0]!.customerId, suggestions: [] };
  if (hardIds.size > 1) return { suggestions: dedupe(hard) };

  const soft: AuthorSuggestion[] = [];
  if (author.name) for (const customerId of index.byName(author.name)) soft.push({ customerId, reason: 'name' });
  if (handle) {
    for (const customerId of index.byHandleOnAnyPlatform(handle)) {
      soft.push({ customerId, reason: 'handle-on-other-platform' });
    }
  }
  return { suggestions: dedupe(soft) };
}

/** One suggestion per customer (the first reason found wins), capped. */
function dedupe(suggestions: AuthorSuggestion[]): AuthorSuggestion[] {
  const seen = new Set<string>();
  const out: AuthorSuggestion[] = [];
  for (const s of suggestions) {
    if (seen.has(s.customerId)) continue;
    seen.add(s.customerId);
    out.push(s);
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}
