// The one scheduler, on SQLite and PostgreSQL alike: every collector process registers the configured
// sources, then keeps leasing due ones from the store and runs them (renewing each lease while its source
// runs), releasing each with its next due time. Any number of them share one store; one that dies loses only
// its leases, which others take once they run out. Due times live in the store, so no timer waits longer
// than a lease renewal or an idle pause, and a restart resumes where the last process left off.
import type { SourceConfig } from './config.ts';
import { clampDelay, everyMs, nextDelay } from './duration.ts';
import { collectSource, type CollectDeps, type SourceRunSummary } from './pipeline/collect-source.ts';
import type { VigiaStore } from './store/store.ts';

export interface LeasedCollectorOptions {
  /** Names this collector in the leases it holds; unique per process. */
  collectorId: string;
  /** Sources run side by side at most (sources on one host still take turns in the HTTP layer). @default 8 */
  batch?: number;
  /**
   * How long a lease lasts. Renewed every third of it while its source runs, so a run may take longer;
   * it is how soon another collector takes over the sources of one that died. @default 120000
   */
  leaseMs?: number;
  /** Pause between looks at the store when nothing is due. @default 1000 */
  idleMs?: number;
  /** Fraction of the interval added or removed at random. @default 0.1 */
  jitter?: number;
  /** Called after each run, except runs the collector's stop cut short. */
  onRun?: (summary: SourceRunSummary) => void;
  /** A round or a lease renewal failed (the store was unreachable…); the collector keeps trying. */
  onError?: (error: unknown) => void;
  /** A running source's lease was found taken by another collector; the run still finishes (items are stored once). */
  onLeaseLost?: (sourceId: string) => void;
}

export interface LeasedCollector {
  /** Stops leasing, cuts running sources short (their runs are not recorded and they are due again at once), and waits for them. */
  stop(): Promise<void>;
}

/** Longest wait after repeated failures. */
const MAX_BACKOFF_MS = 3_600_000;

/**
 * Keeps one lease alive while its source runs, renewing it every third of `leaseMs`; stops renewing once
 * the lease is lost. The returned stop waits for a renewal in flight, so none lands after the release.
 */
function keepLeased(store: VigiaStore, collectorId: string, id: string, leaseMs: number, opts: Pick<LeasedCollectorOptions, 'onError' | 'onLeaseLost'>): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let renewing: Promise<void> = Promise.resolve();
  const schedule = () => {
    if (!stopped) timer = setTimeout(() => (renewing = renew()), clampDelay(leaseMs / 3));
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
  const leaseMs = opts.leaseMs ?? 120_000;
  const batch = opts.batch ?? 8;
  const idleMs = opts.idleMs ?? 1000;
  const abort = new AbortController();
  const running = new Map<string, Promise<void>>();
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, clampDelay(ms));
      wake = () => (clearTimeout(timer), resolve());
    });
  const dueAt = (delayMs: number) => new Date(Date.now() + delayMs).toISOString();

  const runLease = async (id: string) => {
    const { store } = deps;
    const source = byId.get(id);
    // Another collector's config has it and ours does not: hand it back for them.
    if (!source) return void (await store.releaseSource(opts.collectorId, id, dueAt(leaseMs)));
    const stopRenewing = keepLeased(store, opts.collectorId, id, leaseMs, opts);
    let summary: SourceRunSummary;
    try {
      summary = await collectSource(source, deps, abort.signal);
    } finally {
      await stopRenewing();
    }
    // A run the stop cut short is due again at once, for whichever collector comes next.
    if (summary.stopped) return void (await store.releaseSource(opts.collectorId, id, dueAt(0)));
    opts.onRun?.(summary);
    const failures = summary.ok ? 0 : ((await store.sourceState(id))?.errorCount ?? 1);
    const delay = nextDelay(everyMs(source.every), failures, { jitter: opts.jitter ?? 0.1, maxBackoffMs: MAX_BACKOFF_MS, retryAfterMs: summary.retryAfterMs });
    await store.releaseSource(opts.collectorId, id, dueAt(delay));
  };

  const start = (id: string) => {
    const run = runLease(id)
      .catch((error: unknown) => opts.onError?.(error))
      .finally(() => {
        running.delete(id);
        wake?.();
      });
    running.set(id, run);
  };

  const loop = async () => {
    let registered = false;
    while (!abort.signal.aborted) {
      try {
        if (!registered) {
          await deps.store.registerSources(enabled.map((s) => ({ id: s.id, kind: s.kind, url: s.url, everyMs: everyMs(s.every) })));
          registered = true;
        }
        const room = batch - running.size;
        const leases = room > 0 ? await deps.store.leaseDueSources(opts.collectorId, room, leaseMs) : [];
        for (const { id } of leases) start(id);
        // Look again at once only when every free slot got a source (more may be due); else wait for a slot or the idle pause.
        if (room <= 0 || leases.length < room) await pause(idleMs);
      } catch (error) {
        if (abort.signal.aborted) break;
        opts.onError?.(error);
        await pause(idleMs);
      }
    }
    await Promise.allSettled(running.values());
  };
  const loopDone = loop();

  return {
    async stop() {
      abort.abort();
      wake?.();
      await loopDone;
    },
  };
}
