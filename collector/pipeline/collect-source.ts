// One run of one source through every stage: fetch → normalize → identify → drop known → match brands
// → enrich → link to customers → store. A failure is recorded on the source (errorCount, lastError) and never thrown.
import type { SourceConfig } from '../config.ts';
import { describeError, FetchError } from '../errors.ts';
import type { HttpClient } from '../http/http-client.ts';
import { sourceAdapter } from '../sources/registry.ts';
import type { VigiaStore } from '../store/store.ts';
import type { Mention } from '../../shared/mention.ts';
import type { BrowserPool } from '../reviews/browser-pool.ts';
import { dropKnownItems, identifyItems } from './identify.ts';
import { matchBrands, type BrandMatcher } from './match-brands.ts';
import { normalizeItems } from './normalize.ts';
import { enrichItems } from './enrich.ts';
import { linkCustomers } from './link-customer.ts';
import type { Clusterer } from './cluster.ts';
import { detectItemLanguages } from './detect-language.ts';

export interface CollectDeps {
  store: VigiaStore;
  http: HttpClient;
  matcher: BrandMatcher;
  /** Groups near-duplicates; without it every mention is its own group. */
  clusterer?: Clusterer;
  now?: () => Date;
  /** The shared browser for review sources, started on first use. */
  browser?: () => BrowserPool;
  /** Called with the mentions a run stored, e.g. to push them live. */
  onStored?: (mentions: Mention[]) => void;
}

export interface SourceRunSummary {
  id: string;
  ok: boolean;
  notModified: boolean;
  /** Items the source returned. */
  seen: number;
  /** Items that matched a brand and were stored for the first time. */
  stored: number;
  error?: string;
  /** Milliseconds the server asked us to wait (429/503 Retry-After). */
  retryAfterMs?: number;
  durationMs: number;
}

export async function collectSource(source: SourceConfig, deps: CollectDeps, signal?: AbortSignal): Promise<SourceRunSummary> {
  const now = deps.now ?? (() => new Date());
  const started = Date.now();
  const state = await deps.store.sourceState(source.id);
  const sameUrl = state?.url === source.url;
  const base = { id: source.id, kind: source.kind, url: source.url };
  try {
    const adapter = sourceAdapter(source.kind);
    if (!adapter) throw new Error(`source ${source.id}: unknown kind "${source.kind}"`);
    const result = await adapter.fetch({
      config: source,
      http: deps.http,
      cursor: sameUrl ? { etag: state?.etag, lastModified: state?.lastModified, sinceId: state?.sinceId, since: state?.since } : {},
      signal,
      browser: adapter.needs.browser ? deps.browser : undefined,
      isStored: async (id) => (await deps.store.knownMentionIds([id])).has(id),
    });
    const normalized = normalizeItems(result.items, { id: source.id, platform: source.platform });
    const fresh = await dropKnownItems(identifyItems(normalized), (ids) => deps.store.knownMentionIds(ids));
    const mentions = await linkCustomers(enrichItems(matchBrands(detectItemLanguages(fresh), deps.matcher), now(), deps.clusterer), deps.store.customers, now());
    const stored = await deps.store.insertMentions(mentions);
    await deps.store.recordSourceRun({ ...base, ranAt: now().toISOString(), ok: true, itemsSeen: result.items.length, itemsNew: stored.length, ...result.cursor });
    if (stored.length) deps.onStored?.(stored);
    return { id: source.id, ok: true, notModified: !!result.notModified, seen: result.items.length, stored: stored.length, durationMs: Date.now() - started };
  } catch (error) {
    const message = describeError(error);
    await deps.store.recordSourceRun({ ...base, ranAt: now().toISOString(), ok: false, itemsSeen: 0, itemsNew: 0, error: message });
    const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : undefined;
    return { id: source.id, ok: false, notModified: false, seen: 0, stored: 0, error: message, retryAfterMs, durationMs: Date.now() - started };
  }
}
