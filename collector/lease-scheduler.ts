// Collecting by lease instead of by in-process timers: every collector process registers the configured
// sources, then repeatedly leases a few due ones from the store, runs them (renewing each lease while its
// source runs) and releases them with their next due time. Any number of these share one PostgreSQL
// store; one that dies loses only its leases, which others take once they run out.
import type { SourceConfig } from './config.ts';
import { parseDuration } from './duration.ts';
import { collectSource, type CollectDeps, type SourceRunSummary } from './pipeline/collect-source.ts';
import { nextDelay } from './scheduler.ts';
import type { VigiaStore } from './store/store.ts';

export interface LeasedCollectorOptions {
  /** Names this collector in the leases it holds; unique per process. */
  collectorId: string;
  /** Sources leased (and run side by side) per round. @default 8 */
  batch?: number;
  /**
   * How long a lease lasts. Renewed every third of it while its source runs, so a run may take longer;
   * it is how soon another collector takes over the sources of one that died. @default 120000
   */
  leaseMs?: number;
  /** Pause between rounds when nothing is due. @default 1000 */
  idleMs?: number;
  /** Fraction of the interval added or removed at random. @default 0.1 */
  jitter?: number;
  onRun?: (summary: SourceRunSummary) => void;
  /** A round or a lease renewal failed (the store was unreachable…); the collector keeps trying. */
  onError?: (error: unknown) => void;
  /** A running source's lease was found taken by another collector; the run still finishes (items are stored once). */
  onLeaseLost?: (sourceId: string) => void;
}

export interface LeasedCollector {
  stop(): Promise<void>;
}

const DEFAULT_EVERY_MS = 900_000;

const hostOf = (url: string | undefined): string => {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
};

/**
 * Keeps one lease alive while its source runs, renewing it every third of `leaseMs`; stops renewing once
 * the lease is lost. The returned stop waits for a renewal in flight, so none lands after the release.
 */
function keepLeased(store: VigiaStore, collectorId: string, id: string, leaseMs: number, opts: Pick<LeasedCollectorOptions, 'onError' | 'onLeaseLost'>): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let renewing: Promise<void> = Promise.resolve();
  const schedule = () => {
    if (!stopped) timer = setTimeout(() => (renewing = renew()), leaseMs / 3);
  };
  const renew = async () => {
    try {
      if (await store.renewSourceLease(collectorId, id, leaseMs)) return schedule();
      opts.onLeaseLost?.(id);
    } catch (error) {
      // The store may answer the next time, before the lease runs out.
      opts.onError?.(error);
      schedule();
    }
  };
  schedule();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await renewing;
  };
}

export function startLeasedCollector(sources: readonly SourceConfig[], deps: CollectDeps, opts: LeasedCollectorOptions): LeasedCollector {
  const enabled = sources.filter((s) => s.enabled);
  const byId = new Map(enabled.map((s) => [s.id, s]));
  const everyOf = (s: SourceConfig) => parseDuration(s.every) ?? DEFAULT_EVERY_MS;
  const leaseMs = opts.leaseMs ?? 120_000;
  const abort = new AbortController();
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  const runLease = async (id: string) => {
    const { store } = deps;
    const source = byId.get(id);
    // Another collector's config has it and ours does not: hand it back for them.
    if (!source) return void (await store.releaseSource(opts.collectorId, id, new Date(Date.now() + leaseMs).toISOString()));
    const stopRenewing = keepLeased(store, opts.collectorId, id, leaseMs, opts);
    let summary: SourceRunSummary;
    try {
      summary = await collectSource(source, deps, abort.signal);
    } finally {
      await stopRenewing();
    }
    opts.onRun?.(summary);
    const failures = summary.ok ? 0 : ((await store.sourceState(id))?.errorCount ?? 1);
    const delay = nextDelay(everyOf(source), failures, { jitter: opts.jitter ?? 0.1, maxBackoffMs: 3_600_000, retryAfterMs: summary.retryAfterMs });
    await store.releaseSource(opts.collectorId, id, new Date(Date.now() + delay).toISOString());
  };

  const loop = async () => {
    let registered = false;
    while (!abort.signal.aborted) {
      try {
        if (!registered) {
          await deps.store.registerSources(enabled.map((s) => ({ id: s.id, kind: s.kind, url: s.url, everyMs: everyOf(s) })));
          registered = true;
        }
        const leases = await deps.store.leaseDueSources(opts.collectorId, opts.batch ?? 8, leaseMs);
        // Politeness: sources on one host run one after another, different hosts side by side.
        const byHost = new Map<string, string[]>();
        for (const { id } of leases) {
          const host = hostOf(byId.get(id)?.url);
          byHost.set(host, [...(byHost.get(host) ?? []), id]);
        }
        await Promise.all([...byHost.values()].map(async (ids) => {
          for (const id of ids) await runLease(id);
        }));
        if (!leases.length) await pause(opts.idleMs ?? 1000);
      } catch (error) {
        if (abort.signal.aborted) break;
        opts.onError?.(error);
        await pause(opts.idleMs ?? 1000);
      }
    }
  };
  const running = loop();

  return {
    async stop() {
      abort.abort();
      wake?.();
      await running;
    },
  };
}
