// Durations and delays: the config's human durations ("30s", "5m", "1h", "1d") and the bounds every
// scheduled wait is kept within, so no delay can overflow a timer and turn into a flood of requests.

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * The longest wait a Node timer honours (2^31 − 1 ms, about 24.8 days): anything longer fires after 1 ms.
 * Every setTimeout in the collector goes through clampDelay.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The longest collect interval (`sources[].every`) honoured: 7 days. Longer intervals run this often. */
export const MAX_EVERY_MS = 7 * UNITS.d!;

/** The interval of a source whose `every` says nothing usable: 15 minutes. */
export const DEFAULT_EVERY_MS = 15 * UNITS.m!;

/** Milliseconds for "90s", "5m", "1h30m", "1d"; undefined when the text is not a duration. Not bounded: see everyMs. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    total += Number(amount) * (UNITS[unit!] ?? 0);
  }
  return total > 0 && Number.isFinite(total) ? Math.round(total) : undefined;
}

/** The interval a source is collected at: its `every`, at most MAX_EVERY_MS (15 minutes when unreadable). */
export function everyMs(every: string): number {
  return Math.min(parseDuration(every) ?? DEFAULT_EVERY_MS, MAX_EVERY_MS);
}

/** A delay a timer can honour: 0 for negatives, at most MAX_TIMER_MS (also for Infinity and NaN). */
export function clampDelay(ms: number): number {
  if (Number.isNaN(ms)) return MAX_TIMER_MS;
  return Math.min(Math.max(0, ms), MAX_TIMER_MS);
}

export interface NextDelayOptions {
  /** Fraction of the interval added or removed at random. */
  jitter: number;
  /** Longest wait after repeated failures. */
  maxBackoffMs: number;
  /** What the server asked for (Retry-After), already capped by the HTTP layer. */
  retryAfterMs?: number;
  /** A number in [0, 1) standing for Math.random(), for tests. */
  random?: number;
}

/**
 * Delay before a source's next run: the interval with jitter, doubled per consecutive failure (up to
 * maxBackoffMs), at least Retry-After and one second, and never more than MAX_EVERY_MS.
 */
export function nextDelay(intervalMs: number, failures: number, opts: NextDelayOptions): number {
  const every = Math.min(intervalMs, MAX_EVERY_MS);
  const jittered = every * (1 + ((opts.random ?? Math.random()) * 2 - 1) * opts.jitter);
  const backoff = failures > 0 ? Math.min(opts.maxBackoffMs, every * 2 ** Math.min(failures, 16)) : jittered;
  const delay = Math.max(backoff, opts.retryAfterMs ?? 0, 1000);
  return Number.isFinite(delay) ? Math.min(delay, MAX_EVERY_MS) : MAX_EVERY_MS;
}
