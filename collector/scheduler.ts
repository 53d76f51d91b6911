// Runs each enabled source on its own interval (with jitter), one request at a time per host, backing off
// exponentially after failures and honouring Retry-After. Stops cleanly: stop() waits for running sources.
import type { SourceConfig } from './config.ts';
import { parseDuration } from './duration.ts';
import { collectSource, type CollectDeps, type SourceRunSummary } from './pipeline/collect-source.ts';

export interface SchedulerOptions {
  /** Fraction of the interval added or removed at random. @default 0.1 */
  jitter?: number;
  /** Longest wait after repeated failures. @default 3600000 */
  maxBackoffMs?: number;
  onRun?: (summary: SourceRunSummary) => void;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/** Delay before the next run: the interval with jitter, doubled per consecutive failure, at least Retry-After. */
export function nextDelay(everyMs: number, failures: number, opts: { jitter: number; maxBackoffMs: number; retryAfterMs?: number; random?: number }): number {
  const jittered = everyMs * (1 + (((opts.random ?? Math.random()) * 2 - 1) * opts.jitter));
  const backoff = failures > 0 ? Math.min(opts.maxBackoffMs, everyMs * 2 ** Math.min(failures, 16)) : jittered;
  return Math.max(backoff, opts.retryAfterMs ?? 0, 1000);
}

const hostOf = (url: string) => new URL(url).host;

export function startScheduler(sources: readonly SourceConfig[], deps: CollectDeps, opts: SchedulerOptions = {}): Scheduler {
  const jitter = opts.jitter ?? 0.1;
  const maxBackoffMs = opts.maxBackoffMs ?? 3_600_000;
  const abort = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  const hostChains = new Map<string, Promise<unknown>>();
  const running = new Set<Promise<unknown>>();
  const failures = new Map<string, number>();

  const schedule = (source: SourceConfig, delay: number) => {
    if (abort.signal.aborted) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const host = hostOf(source.url);
      const run = (hostChains.get(host) ?? Promise.resolve()).then(async () => {
        if (abort.signal.aborted) return;
        const summary = await collectSource(source, deps, abort.signal);
        opts.onRun?.(summary);
        const failed = summary.ok ? 0 : (failures.get(source.id) ?? 0) + 1;
        failures.set(source.id, failed);
        schedule(source, nextDelay(parseDuration(source.every) ?? 900_000, failed, { jitter, maxBackoffMs, retryAfterMs: summary.retryAfterMs }));
      });
      hostChains.set(host, run);
      running.add(run);
      void run.finally(() => running.delete(run));
    }, delay);
    timers.add(timer);
  };

  sources.filter((s) => s.enabled).forEach((source, i) => schedule(source, i * 50));
  return {
    async stop() {
      abort.abort();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
