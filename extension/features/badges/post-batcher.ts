// The content script's side of scoring: posts found while the page loads or scrolls are gathered for a
// short while and sent in bounded batches, one batch in flight at a time, so infinite scroll never floods
// the background with messages.

/** @default { waitMs: 250, maxBatch: 25 } */
export interface PostBatcherOptions<T> {
  send: (batch: T[]) => Promise<void>;
  /** How long after the last post a batch waits for more. */
  waitMs?: number;
  maxBatch?: number;
  /** Timer seams (the content-script context's, so they stop with it). */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface PostBatcher<T> {
  /** Queues items (ones already waiting are not queued twice). */
  add(...items: T[]): void;
  /** Resolves when everything added so far was sent (or failed). */
  idle(): Promise<void>;
}

export function createPostBatcher<T>(options: PostBatcherOptions<T>): PostBatcher<T> {
  const { send, waitMs = 250, maxBatch = 25 } = options;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const queue: T[] = [];
  let timer: unknown;
  let running: Promise<void> | undefined;
  const waiters: (() => void)[] = [];

  const settleIfIdle = (): void => {
    if (queue.length > 0 || running || timer !== undefined) return;
    for (const resolve of waiters.splice(0)) resolve();
  };

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      await send(batch).catch(() => undefined);
    }
  }

  function start(): void {
    timer = undefined;
    if (running) return;
    running = drain().finally(() => {
      running = undefined;
      settleIfIdle();
    });
  }

  return {
    add(...items: T[]): void {
      // An item already waiting is asked about once.
      const fresh = items.filter((item) => !queue.includes(item));
      if (fresh.length === 0) return;
      queue.push(...fresh);
      if (timer !== undefined) clearTimer(timer);
      // A full batch goes at once; otherwise wait for the page to settle.
      if (queue.length >= maxBatch) start();
      else timer = setTimer(start, waitMs);
    },
    idle(): Promise<void> {
      return new Promise((resolve) => {
        waiters.push(resolve);
        settleIfIdle();
      });
    },
  };
}
