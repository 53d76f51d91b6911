// Whether a mute rule hides a mention — one definition used at ingest, when a rule is applied to what is
// already stored, and by the extension for mutes made offline that have not reached the collector yet.
import { handleFromUrl, normalizeHandle } from '../author-handle.ts';
import { toWords } from '../brand-query/words.ts';
import type { Mention } from '../mention.ts';
import { parseUrl } from '../platforms/parse-url.ts';
import { foldText } from '../text-fold.ts';
import { MAX_MUTE_VALUE, type MuteKind, type MuteRule } from './mute-rule.ts';

/** What of a mention the rules look at. */
export type MutableMention = Pick<Mention, 'source' | 'url' | 'author' | 'title' | 'text' | 'matches'>;

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** A source value as compared: a source id as is, a URL or host reduced to its host without "www.". */
function sourceKey(value: string): string {
  const text = value.trim().toLowerCase();
  const host = parseUrl(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : undefined)?.hostname ?? text.replace(/\/.*$/, '');
  return HOST.test(host) ? host.replace(/^www\./, '') : text;
}

/**
 * The comparable form of a rule's value: a handle without "@" in lowercase, a source id or host, a phrase
 * as its folded words ("Kestrel  Falcón!" → "kestrel falcon").
 */
export function muteKeyOf(kind: MuteKind, value: string): string {
  if (kind === 'author') return normalizeHandle(value.trim());
  if (kind === 'source') return sourceKey(value);
  return toWords(value).join(' ');
}

/** Why a value cannot be a rule of this kind, or undefined when it can. */
export function muteValueProblem(kind: MuteKind, value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return 'must not be empty';
  if (trimmed.length > MAX_MUTE_VALUE) return `must be at most ${MAX_MUTE_VALUE} characters`;
  if (kind === 'phrase' && muteKeyOf(kind, value) === '') return `"${trimmed}" has no letters or digits to match`;
  if (kind === 'source') {
    const key = muteKeyOf(kind, value);
    if (!HOST.test(key) && !SOURCE_ID.test(key)) return `"${trimmed}" is neither a source id (lowercase letters, digits, "-", "_") nor a web host like "example.com"`;
  }
  if (kind === 'author' && /\s{2,}|[\n\r\t]/.test(trimmed)) return `"${trimmed}" is not a handle or a display name`;
  return undefined;
}

/** A handle's local part (Mastodon's "marta@mastodon.social" → "marta"), as the brand query's @handle reads it. */
const localPart = (handle: string): string => handle.split('@')[0] ?? handle;

function authorMatches(m: MutableMention, key: string): boolean {
  const handles = [m.author.handle && normalizeHandle(m.author.handle), handleFromUrl(m.author.url)?.handle].filter((h): h is string => !!h);
  // "marta" mutes marta on every fediverse server; "marta@mastodon.social" only that one.
  if (handles.some((h) => h === key || (!key.includes('@') && localPart(h) === key))) return true;
  const name = m.author.name && foldText(m.author.name).replace(/\s+/g, ' ').trim();
  return !!name && name === foldText(key).replace(/\s+/g, ' ').trim();
}

function sourceMatches(m: MutableMention, key: string): boolean {
  if (m.source.toLowerCase() === key) return true;
  const host = parseUrl(m.url)?.hostname.toLowerCase().replace(/^www\./, '');
  return !!host && HOST.test(key) && (host === key || host.endsWith(`.${key}`));
}

/** Whether the phrase's words come one after the other in the title or the text. */
function phraseMatches(m: MutableMention, key: string): boolean {
  const wanted = key.split(' ');
  return [m.title ?? '', m.text].some((field) => {
    const words = toWords(field);
    for (let i = 0; i + wanted.length <= words.length; i++) if (wanted.every((w, j) => words[i + j] === w)) return true;
    return false;
  });
}

/** Whether the rule hides the mention: it must be about the rule's brand, and match its author, source or phrase. */
export function muteMatches(m: MutableMention, rule: Pick<MuteRule, 'brand' | 'kind' | 'value'>): boolean {
  if (!m.matches.some((b) => b.brand === rule.brand)) return false;
  const key = muteKeyOf(rule.kind, rule.value);
  if (key === '') return false;
  if (rule.kind === 'author') return authorMatches(m, key);
  if (rule.kind === 'source') return sourceMatches(m, key);
  return phraseMatches(m, key);
}

/** The first rule (in the order given) that hides the mention. */
export function findMutingRule<R extends Pick<MuteRule, 'brand' | 'kind' | 'value'>>(m: MutableMention, rules: readonly R[]): R | undefined {
  return rules.find((rule) => muteMatches(m, rule));
}
