// Politeness per host: one session at a time, a minimum gap between requests, and pauses a server asks for.
import { setTimeout as wait } from 'node:timers/promises';

/** Serialises work per host and spaces its requests. */
export class HostGate {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly nextAllowed = new Map<string, number>();
  private readonly gaps = new Map<string, number>();

  constructor(
    /** Minimum time between two requests to one host. */
    private readonly delayMs: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<unknown> = wait,
  ) {}

  /** Runs `task` once every earlier task for `host` has finished (concurrency 1 per host). */
  exclusive<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(host) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(host, settled);
    void settled.then(() => {
      if (this.queues.get(host) === settled) this.queues.delete(host);
    });
    return run;
  }

  /** Waits until `host` may be asked again, then books the slot. */
  async beforeRequest(host: string): Promise<void> {
    const waitMs = (this.nextAllowed.get(host) ?? 0) - this.now();
    if (waitMs > 0) await this.sleep(waitMs);
    this.nextAllowed.set(host, this.now() + (this.gaps.get(host) ?? this.delayMs));
  }

  /** Counts the gap from when a request ended, so a slow answer never shortens the pause before the next. */
  afterRequest(host: string): void {
    this.pause(host, this.gaps.get(host) ?? this.delayMs);
  }

  /** Keeps `host` quiet for `ms` (a Retry-After answer). */
  pause(host: string, ms: number): void {
    this.nextAllowed.set(host, Math.max(this.nextAllowed.get(host) ?? 0, this.now() + ms));
  }

  /** Widens the gap for one host (robots.txt Crawl-delay); never narrows it below the configured delay. */
  setGap(host: string, ms: number): void {
    this.gaps.set(host, Math.max(this.delayMs, ms));
  }
}
