// The one way the pipeline, `vigia analyze` and POST /api/analyze enrich a batch: small batches inline
// (posting them to a thread costs more than analyzing them), larger ones on the process's enrichment pool,
// sized by VIGIA_ENRICH_WORKERS, else the config's enrichment.workers, else the cores.
import { availableParallelism } from 'node:os';
import { mapInSlices } from '../../api/slices.ts';
import type { AnalyzeInput, Analysis } from '../analyze.ts';
import type { CorrectionLayer } from '../corrections/layer.ts';
import { enrichmentSettings } from '../settings.ts';
import { analyzeCorrected } from './analyze-corrected.ts';
import { EnrichPool } from './enrich-pool.ts';
import { enrichMention, type MentionEnrichment, type MentionInput } from './enrich-mention.ts';

/**
 * Batches of at most this many characters (titles and texts) are analyzed inline: about 2 ms of work,
 * below which a round trip to a thread costs more than it frees (measured by `npm run bench -- pool`).
 */
export const INLINE_MAX_CHARS = 8_000;

let shared: EnrichPool | undefined;

/** Threads the pool runs: 0 means every batch is analyzed inline. */
export function enrichmentWorkers(): number {
  const env = process.env.VIGIA_ENRICH_WORKERS;
  if (env !== undefined && env.trim() !== '') {
    const n = Number(env);
    if (Number.isInteger(n) && n >= 0 && n <= 64) return n;
    throw new RangeError(`enrich: VIGIA_ENRICH_WORKERS must be a whole number, 0 to 64 (got "${env}")`);
  }
  return enrichmentSettings().workers ?? availableParallelism();
}

const charsOf = (inputs: readonly { text: string; title?: string }[]): number => inputs.reduce((n, i) => n + (typeof i.text === 'string' ? i.text.length : 0) + (i.title?.length ?? 0), 0);

/**
 * The analyses of `inputs` in order, with the installation's correction `layer` applied — the same results
 * inline or in the pool. Undefined once `gone()` says nobody waits for them any more.
 */
export async function analyzeBatch(inputs: readonly AnalyzeInput[], opts: { layer?: CorrectionLayer; gone?: () => boolean } = {}): Promise<Analysis[] | undefined> {
  const workers = enrichmentWorkers();
  if (charsOf(inputs) <= INLINE_MAX_CHARS) return inputs.map((input) => analyzeCorrected(input, opts.layer));
  // Without threads a large batch is still cut into slices, with the event loop free between them.
  if (workers === 0) return mapInSlices(inputs, (input) => analyzeCorrected(input, opts.layer), { gone: opts.gone });
  return poolOf(workers).analyze(inputs, opts);
}

/**
 * A collection run's items enriched as mentions collected at `collectedAt` take them (see enrichMention), in
 * order: inline or on the pool as analyzeBatch decides, with the same results.
 */
export async function enrichMentionBatch(inputs: readonly MentionInput[], collectedAt: string, opts: { layer?: CorrectionLayer } = {}): Promise<MentionEnrichment[]> {
  const workers = enrichmentWorkers();
  const enrich = (input: MentionInput) => enrichMention(input, collectedAt, opts.layer);
  if (charsOf(inputs) <= INLINE_MAX_CHARS) return inputs.map(enrich);
  if (workers === 0) return (await mapInSlices(inputs, enrich))!;
  return (await poolOf(workers).enrichMentions(inputs, collectedAt, opts))!;
}

/** The process's pool of `workers` threads (a new one when the count changed). */
function poolOf(workers: number): EnrichPool {
  if (shared?.size !== workers) {
    void shared?.close();
    shared = new EnrichPool({ size: workers });
  }
  return shared;
}

/**
 * Starts the pool's threads ahead of large batches, so they load while the caller does something else (a
 * collection run: while its feeds download and parse). Nothing when enrichment runs inline.
 */
export function warmEnrichmentPool(): void {
  const workers = enrichmentWorkers();
  if (workers > 0) poolOf(workers).warm();
}

/** Stops the process's pool (it starts again on the next large batch). Idle threads never hold the process open. */
export async function closeEnrichmentPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
