// Enrichment on worker threads: a batch is cut into chunks that the threads analyze side by side, so the
// cores share the work and the event loop stays free for the API. Results come back in input order; a thread
// that dies is replaced and its chunk tried once more; a thread's error rejects the batch, never the process.
import type { Worker } from 'node:worker_threads';
import { VigiaError } from '../../errors.ts';
import type { AnalyzeInput, Analysis } from '../analyze.ts';
import type { CorrectionLayer } from '../corrections/layer.ts';
import { enrichmentSettings, type EnrichmentSettings } from '../settings.ts';
import { brandAspectsConfig } from '../../aspects/brand-aspects.ts';
import type { MentionEnrichment, MentionInput } from './enrich-mention.ts';
import type { BatchAnswer, BatchMessage, BrandAspectsConfig } from './messages.ts';
import { startWorker } from './start-worker.ts';

/** A batch the pool could not analyze (a thread failed on it twice, or the pool was closed). */
export class EnrichPoolError extends VigiaError {
  constructor(message: string) {
    super('enrich', message);
  }
}

export interface EnrichPoolOptions {
  /** Threads at most (started on first use). */
  size: number;
  /** Sees each thread as it starts (to watch or stop it from outside). */
  onWorker?: (worker: Worker) => void;
}

interface Chunk {
  /** Texts to analyze, or a collection run's items (with `collectedAt`). */
  inputs: AnalyzeInput[] | MentionInput[];
  collectedAt?: string;
  layer?: CorrectionLayer;
  /** The process's enrichment settings and brand aspects when the batch came, and their JSON as a key. */
  context: { settings: EnrichmentSettings; settingsKey: string; aspects: BrandAspectsConfig; aspectsKey: string };
  tries: number;
  gone?: () => boolean;
  /** A warm-up: its results are dropped, and it holds nothing open. */
  warm?: boolean;
  resolve(results: Analysis[] | MentionEnrichment[] | undefined): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  /** Chunks posted and not answered yet, in the order the thread answers them (the first is being analyzed). */
  chunks: Chunk[];
  /** Key of the correction layer this thread holds. */
  layerKey?: number;
  /** The settings and brand aspects this thread was last sent (JSON), so they travel only when they change. */
  settingsKey?: string;
  aspectsKey?: string;
  lastError?: string;
}

/** Tries per chunk: the first thread may die of something else; a second death says the chunk kills it. */
const TRIES = 2;
/**
 * Chunks per thread a batch is cut into, so a thread that finishes early takes the next one and the threads
 * end close together (a chunk of 128 short texts is some 20–40 ms of work; posting it costs well under 1 ms).
 */
const CHUNKS_PER_THREAD = 16;
const MIN_CHUNK = 16;
const MAX_CHUNK = 128;
/**
 * Texts a thread holds at once while more wait than there are threads: it starts its next chunk as soon as it
 * posts an answer, without waiting for the main thread (busy making mentions, serving the API, or not
 * scheduled on a loaded machine) to hand it one — two full chunks, or more small ones (a collection slice
 * comes in chunks of a few dozen texts, gone in milliseconds). At the tail a thread holds one chunk, so no
 * thread sits idle while another has two.
 */
const HELD_TEXTS = 2 * MAX_CHUNK;
const heldBy = (thread: Thread): number => thread.chunks.reduce((n, chunk) => n + chunk.inputs.length, 0);

/** What a warm-up reads: a short English and a short Spanish text, so both languages' models and lexicons load. */
const WARM_TEXTS: AnalyzeInput[] = [{ text: 'Great support, they fixed my router in minutes' }, { text: 'El servicio falla cada noche y nadie contesta' }];
const ignore = () => undefined;

/** The process's enrichment settings and brand aspects as a batch takes them to the threads. */
function contextNow(): Chunk['context'] {
  const settings = { ...enrichmentSettings() };
  const aspects = brandAspectsConfig();
  return { settings, settingsKey: JSON.stringify(settings), aspects, aspectsKey: JSON.stringify(aspects) };
}

const layerKeys = new WeakMap<CorrectionLayer, number>();
let nextLayerKey = 1;
const keyOf = (layer: CorrectionLayer): number => {
  let key = layerKeys.get(layer);
  if (key === undefined) layerKeys.set(layer, (key = nextLayerKey++));
  return key;
};

export class EnrichPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Chunk[] = [];
  private closed = false;
  private nextId = 1;

  constructor(private readonly options: EnrichPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new EnrichPoolError(`a pool needs at least one thread, not ${options.size}`);
  }

  get size(): number {
    return this.options.size;
  }

  /**
   * The analyses of `inputs`, in their order, with `layer` applied; undefined when `gone()` turned true
   * before the work was done (the rest is not started).
   */
  async analyze(inputs: readonly AnalyzeInput[], opts: { layer?: CorrectionLayer; gone?: () => boolean } = {}): Promise<Analysis[] | undefined> {
    return this.run<Analysis>(inputs, undefined, opts);
  }

  /** A collection run's items enriched as mentions collected at `collectedAt` take them (enrichMention), in order. */
  async enrichMentions(inputs: readonly MentionInput[], collectedAt: string, opts: { layer?: CorrectionLayer; gone?: () => boolean } = {}): Promise<MentionEnrichment[] | undefined> {
    return this.run<MentionEnrichment>(inputs, collectedAt, opts);
  }

  private async run<R>(inputs: readonly AnalyzeInput[] | readonly MentionInput[], collectedAt: string | undefined, opts: { layer?: CorrectionLayer; gone?: () => boolean }): Promise<R[] | undefined> {
    const size = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(inputs.length / (this.size * CHUNKS_PER_THREAD))));
    const context = contextNow();
    const parts: Promise<R[] | undefined>[] = [];
    for (let start = 0; start < inputs.length; start += size) {
      const part = inputs.slice(start, start + size) as AnalyzeInput[] | MentionInput[];
      parts.push(new Promise((resolve, reject) => this.queue.push({ inputs: part, collectedAt, layer: opts.layer, context, gone: opts.gone, tries: 0, resolve: resolve as Chunk['resolve'], reject })));
    }
    this.pump();
    const results = await Promise.all(parts);
    return results.some((r) => r === undefined) ? undefined : results.flatMap((r) => r!);
  }

  /**
   * Starts the threads not started yet, each reading a short English and Spanish text: their modules and
   * models load now (while a collection run downloads and parses its feeds), not with the first batch.
   */
  warm(): void {
    if (this.closed) return;
    const context = contextNow();
    while (this.threads.length < this.size) this.post(this.spawn(), { inputs: WARM_TEXTS, context, tries: TRIES, resolve: ignore, reject: ignore, warm: true });
  }

  /** Stops every thread; batches not done are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const chunk of this.queue.splice(0)) chunk.reject(new EnrichPoolError('the enrichment pool was closed'));
    const threads = this.threads.splice(0);
    for (const thread of threads) for (const chunk of thread.chunks) chunk.reject(new EnrichPoolError('the enrichment pool was closed'));
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  /** Hands queued chunks to idle threads (starting threads up to the pool's size), then a second one to busy threads while the queue is long. */
  private pump(): void {
    while (!this.closed && this.queue.length) {
      const chunk = this.queue.shift()!;
      if (chunk.gone?.()) {
        chunk.resolve(undefined);
        continue;
      }
      const idle = this.threads.find((t) => !t.chunks.length) ?? (this.threads.length < this.size ? this.spawn() : undefined);
      const ahead = this.queue.length >= this.size ? this.threads.find((t) => heldBy(t) < HELD_TEXTS) : undefined;
      const thread = idle ?? ahead;
      if (!thread) {
        this.queue.unshift(chunk);
        return;
      }
      this.post(thread, chunk);
    }
  }

  private post(thread: Thread, chunk: Chunk): void {
    thread.chunks.push(chunk);
    const { settings, settingsKey, aspects, aspectsKey } = chunk.context;
    const message: BatchMessage = { id: this.nextId++, inputs: chunk.inputs };
    if (chunk.collectedAt !== undefined) message.collectedAt = chunk.collectedAt;
    if (thread.settingsKey !== settingsKey) {
      message.settings = settings;
      thread.settingsKey = settingsKey;
    }
    if (thread.aspectsKey !== aspectsKey) {
      message.brandAspects = aspects;
      thread.aspectsKey = aspectsKey;
    }
    if (chunk.layer) {
      const key = keyOf(chunk.layer);
      message.layer = thread.layerKey === key ? { key } : { key, weights: chunk.layer.weights, entries: chunk.layer.memory.entries };
      thread.layerKey = key;
    }
    // A busy thread keeps the process alive; an idle or warming one does not (no hanging at exit).
    if (!chunk.warm) thread.worker.ref();
    thread.worker.postMessage(message);
  }

  private spawn(): Thread {
    const worker = startWorker();
    const thread: Thread = { worker, chunks: [] };
    worker.unref();
    worker.on('message', (answer: BatchAnswer) => this.settle(thread, answer));
    worker.on('error', (error) => (thread.lastError = error.message));
    worker.on('exit', (code) => this.lost(thread, code));
    this.threads.push(thread);
    this.options.onWorker?.(worker);
    return thread;
  }

  private settle(thread: Thread, answer: BatchAnswer): void {
    const chunk = thread.chunks.shift();
    if (!thread.chunks.length) thread.worker.unref();
    if (chunk) {
      if (answer.error !== undefined) chunk.reject(new EnrichPoolError(`a batch of ${chunk.inputs.length} texts failed: ${answer.error}`));
      else chunk.resolve(answer.results);
    }
    this.pump();
  }

  /**
   * A thread ended (crashed, ran out of memory, was stopped): replace it and retry its chunks. The chunk it
   * was analyzing counts a try (twice and it is failed); one still waiting behind it did nothing wrong.
   */
  private lost(thread: Thread, code: number): void {
    const index = this.threads.indexOf(thread);
    if (index < 0) return; // closed
    this.threads.splice(index, 1);
    const [current, ...waiting] = thread.chunks;
    this.queue.unshift(...waiting);
    if (current && ++current.tries >= TRIES) {
      const why = thread.lastError ?? `exit code ${code}`;
      current.reject(new EnrichPoolError(`an enrichment thread stopped ${current.tries} times on a batch of ${current.inputs.length} texts (${why})`));
    } else if (current) this.queue.unshift(current);
    this.pump();
  }
}
