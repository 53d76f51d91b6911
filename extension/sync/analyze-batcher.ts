// Scores texts through POST /api/analyze in batches: calls made within a short window share one request
// (at most `maxBatch` texts each), a text already scored or in flight is not sent again, and results are
// kept in a bounded cache, so scrolling a busy page costs a few small requests.
import { hash64 } from '../../shared/stable-id.ts';
import type { Analysis, AnalyzeInput } from './analysis.ts';

/** @default { maxBatch: 50, waitMs: 40, cacheSize: 2000 } */
export interface AnalyzeBatcherOptions {
  /** Sends one batch; must answer one Analysis per input, in order. */
  analyze: (inputs: AnalyzeInput[]) => Promise<Analysis[]>;
  maxBatch?: number;
  /** How long a batch waits for more texts before it is sent. */
  waitMs?: number;
  /** How many results are remembered (oldest forgotten first). */
  cacheSize?: number;
}

interface Waiting {
  input: AnalyzeInput;
  key: string;
  resolve: (analysis: Analysis) => void;
  reject: (error: unknown) => void;
}

export type AnalyzeBatcher = ReturnType<typeof createAnalyzeBatcher>;

/** The cache key: everything the collector's answer depends on. */
export const analyzeKeyOf = (input: AnalyzeInput): string =>
  hash64([input.platform ?? '', input.lang ?? '', input.rating ?? '', input.title ?? '', input.text].join('\u0000'));

export function createAnalyzeBatcher(options: AnalyzeBatcherOptions) {
  const { analyze, maxBatch = 50, waitMs = 40, cacheSize = 2000 } = options;
  const cache = new Map<string, Analysis>();
  const inFlight = new Map<string, Promise<Analysis>>();
  let queue: Waiting[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let requests = 0;

  function remember(key: string, analysis: Analysis): void {
    cache.delete(key);
    cache.set(key, analysis);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
  }

  async function send(batch: Waiting[]): Promise<void> {
    requests += 1;
    try {
      const results = await analyze(batch.map((w) => w.input));
      batch.forEach((waiting, i) => {
        const result = results[i];
        if (!result) return waiting.reject(new Error('analyze: no result for a text'));
        remember(waiting.key, result);
        waiting.resolve(result);
      });
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    } finally {
      for (const waiting of batch) inFlight.delete(waiting.key);
    }
  }

  function flush(): void {
    clearTimeout(timer);
    timer = undefined;
    const all = queue;
    queue = [];
    for (let i = 0; i < all.length; i += maxBatch) void send(all.slice(i, i + maxBatch));
  }

  return {
    /** The analysis of one text: from the cache, a request already on its way, or the next batch. */
    score(input: AnalyzeInput): Promise<Analysis> {
      const key = analyzeKeyOf(input);
      const cached = cache.get(key);
      if (cached) return Promise.resolve(cached);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const promise = new Promise<Analysis>((resolve, reject) => queue.push({ input, key, resolve, reject }));
      inFlight.set(key, promise);
      if (queue.length >= maxBatch) flush();
      else timer ??= setTimeout(flush, waitMs);
      return promise;
    },
    /** How many requests were sent so far. */
    get requests(): number {
      return requests;
    },
  };
}
