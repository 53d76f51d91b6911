// Politeness per host, for feed requests and browser pages alike: one at a time, a gap between requests
// (widened by robots.txt's Crawl-delay), and the pauses a server asks for with Retry-After.
import { setTimeout as wait } from 'node:timers/promises';
import { clampDelay } from '../duration.ts';
import { MAX_RETRY_AFTER_MS } from './retry-after.ts';

/** Longest a request waits for its host's turn before it gives up and says when to come back. @default 300000 */
export const DEFAULT_MAX_WAIT_MS = 5 * 60_000;

/** The host asked for a pause longer than a request may wait: come back in `retryAfterMs`. */
export class HostPaused extends Error {
  constructor(
    readonly host: string,
    readonly retryAfterMs: number,
  ) {
    super(`${host} asked for a pause (Retry-After); not asked again for ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

export interface HostGateOptions {
  /** Gap between two requests to one host when a request names none. @default 0 */
  delayMs?: number;
  /** Longest wait for a host's turn; a longer one throws HostPaused. @default DEFAULT_MAX_WAIT_MS */
  maxWaitMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<unknown>;
}

/** Serialises work per host and spaces its requests. */
export class HostGate {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly nextAllowed = new Map<string, number>();
  private readonly crawlDelays = new Map<string, number>();
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<unknown>;

  constructor(options: HostGateOptions = {}) {
    this.delayMs = options.delayMs ?? 0;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => wait(ms));
  }

  /**
   * Runs `task` once every earlier task for `host` has finished (concurrency 1 per host). Aborting `signal`
   * stops the wait for the turn (the task then never starts) but not a task that has started.
   */
  exclusive<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const previous = this.queues.get(host) ?? Promise.resolve();
    const start = () => {
      signal?.throwIfAborted();
      return task();
    };
    const run = previous.then(start, start);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(host, settled);
    void settled.then(() => {
      if (this.queues.get(host) === settled) this.queues.delete(host);
    });
    return untilAborted(run, signal);
  }

  /**
   * Waits until `host` may be asked again, then books the slot, `gapMs` before the next. A wait longer than
   * `maxWaitMs` (a long Retry-After) is not waited for: HostPaused says when to come back.
   */
  async beforeRequest(host: string, opts: { gapMs?: number; maxWaitMs?: number; signal?: AbortSignal } = {}): Promise<void> {
    const waitMs = (this.nextAllowed.get(host) ?? 0) - this.now();
    if (waitMs > Math.min(opts.maxWaitMs ?? this.maxWaitMs, this.maxWaitMs)) throw new HostPaused(host, waitMs);
    if (waitMs > 0) await untilAborted(this.sleep(clampDelay(waitMs)), opts.signal);
    this.nextAllowed.set(host, this.now() + this.gapOf(host, opts.gapMs ?? this.delayMs));
  }

  /** Counts the gap from when a request ended, so a slow answer never shortens the pause before the next. */
  afterRequest(host: string, gapMs = this.delayMs): void {
    this.pause(host, this.gapOf(host, gapMs));
  }

  /** Keeps `host` quiet for `ms` (a Retry-After answer), at most MAX_RETRY_AFTER_MS. */
  pause(host: string, ms: number): void {
    const until = this.now() + Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
    this.nextAllowed.set(host, Math.max(this.nextAllowed.get(host) ?? 0, until));
  }

  /** Widens the gap for one host (robots.txt Crawl-delay); requests never go out closer together than it. */
  setCrawlDelay(host: string, ms: number): void {
    this.crawlDelays.set(host, ms);
  }

  private gapOf(host: string, gapMs: number): number {
    return Math.max(gapMs, this.crawlDelays.get(host) ?? 0);
  }
}

/** `promise`, or its signal's reason once that aborts first; the listener goes when either settles. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
