// One run of one source: fetch → normalize → identify → drop known → match brands (with accepted exclusions;
// language detected first when a query filters on it) → enrich → link to customers → mark muted ones hidden
// (to-mentions.ts, a slice of items at a time). Each slice's mentions are stored as they are made, while the
// enrichment threads go on with the next slices (those of known customers once the run is linked, at its end);
// then the run's last writes (the linked customers' journeys, the run record).
// A failure is recorded on the source (errorCount, lastError, the mentions stored before it) and never thrown;
// a run cut short because the collector is stopping is not a failure of the source and records no run. Mentions
// stored before a failure or a stop stay stored: the next run knows them and stores the rest.
import type { SourceConfig } from '../config.ts';
import { describeError } from '../errors.ts';
import type { HttpClient } from '../http/http-client.ts';
import { sourceAdapter } from '../sources/kit/registry.ts';
import type { SourceCursor, SourceResult } from '../sources/kit/define-source.ts';
import type { SourceState, VigiaStore } from '../store/store.ts';
import type { Mention } from '../../shared/mention.ts';
import type { BrowserPool } from '../reviews/browser/browser-pool.ts';
import type { Clusterer } from './cluster.ts';
import type { BrandMatcher } from './match-brands.ts';
import { writeItemMentions } from './to-mentions.ts';

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
  /** Items a run reads per slice (to-mentions.ts). @default SLICE_ITEMS */
  sliceItems?: number;
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
  /** Milliseconds the server asked us to wait (429/503 Retry-After), at most 24 hours. */
  retryAfterMs?: number;
  /** The collector stopped during the run: nothing was recorded, and the source is due again. */
  stopped?: boolean;
  durationMs: number;
}

/** The HTTP client as one source uses it: its robots.txt setting, its URL as the host it may reach, the run's stop signal. */
function sourceHttp(source: SourceConfig, http: HttpClient, signal: AbortSignal | undefined): HttpClient {
  return { get: (url, options) => http.get(url, { robots: source.robots !== false, source: source.url, ...options, signal: options?.signal ?? signal }) };
}

/** The adapter's fetch, with the validators and position the last good run left. */
async function fetchSource(source: SourceConfig, deps: CollectDeps, state: SourceState | undefined, signal: AbortSignal | undefined): Promise<SourceResult> {
  const adapter = sourceAdapter(source.kind);
  if (!adapter) throw new Error(`source ${source.id}: unknown kind "${source.kind}"`);
  const cursor: SourceCursor = state?.url === source.url ? { etag: state.etag, lastModified: state.lastModified, sinceId: state.sinceId, since: state.since } : {};
  return adapter.fetch({
    config: source,
    http: sourceHttp(source, deps.http, signal),
    cursor,
    signal,
    browser: adapter.needs.browser ? deps.browser : undefined,
    isStored: async (id) => (await deps.store.knownMentionIds([id])).has(id),
  });
}

/** The customers the stored mentions were linked to, once each. */
const linkedCustomersOf = (mentions: readonly Mention[]): string[] => [...new Set(mentions.flatMap((m) => (m.customerId ? [m.customerId] : [])))];

const retryAfterOf = (error: unknown): number | undefined => {
  const value = (error as { retryAfterMs?: unknown } | undefined)?.retryAfterMs;
  return typeof value === 'number' ? value : undefined;
};

export async function collectSource(source: SourceConfig, deps: CollectDeps, signal?: AbortSignal): Promise<SourceRunSummary> {
  const now = deps.now ?? (() => new Date());
  const started = Date.now();
  const base = { id: source.id, kind: source.kind, url: source.url };
  const summary = { id: source.id, notModified: false, seen: 0, stored: 0 };
  // What the run's slices stored so far, in the order they were written.
  const written: Mention[] = [];
  const write = async (ready: Mention[]) => void written.push(...(await deps.store.insertMentions(ready)));
  try {
    const previous = await deps.store.sourceState(source.id);
    const result = await fetchSource(source, deps, previous, signal);
    const mentions = await writeItemMentions(source, result.items, deps, now(), write, deps.sliceItems);
    // The run's last writes: the journeys of the customers its mentions were linked to (to be refreshed),
    // and the run record. A feed not modified still holds what it held: `vigia status` shows that count, not 0.
    const ids = new Set(written.map((m) => m.id));
    const stored = written.length === mentions.length ? mentions : mentions.filter((m) => ids.has(m.id)); // in item order
    await deps.store.customers.markJourneysStale(linkedCustomersOf(stored));
    await deps.store.recordSourceRun({ ...base, ranAt: now().toISOString(), ok: true, itemsSeen: result.notModified ? (previous?.itemsSeen ?? 0) : result.items.length, itemsNew: stored.length, ...result.cursor });
    if (stored.length) deps.onStored?.(stored);
    return { ...summary, ok: true, notModified: !!result.notModified, seen: result.items.length, stored: stored.length, durationMs: Date.now() - started };
  } catch (error) {
    // Slices stored before the failure stay stored (the next run knows them); they still go out live.
    if (written.length) deps.onStored?.(written);
    const message = describeError(error);
    if (signal?.aborted) return { ...summary, ok: false, stopped: true, error: message, durationMs: Date.now() - started };
    await deps.store.recordSourceRun({ ...base, ranAt: now().toISOString(), ok: false, itemsSeen: 0, itemsNew: written.length, error: message });
    return { ...summary, ok: false, error: message, retryAfterMs: retryAfterOf(error), durationMs: Date.now() - started };
  }
}
