// What the pool and its threads say to each other (structured-cloned, so plain data and typed arrays only).
import type { AnalyzeInput, Analysis } from '../analyze.ts';
import type { MentionEnrichment, MentionInput } from './enrich-mention.ts';
import type { MemoryEntry } from '../corrections/memory.ts';
import type { EnrichmentSettings } from '../settings.ts';
import type { BrandAspects } from '../../../shared/aspects/aspect-taxonomy.ts';

/** The config's `brands[].aspects`, as brandAspectsConfig() gives them. */
export type BrandAspectsConfig = { name: string; aspects: BrandAspects }[];

/** A batch to analyze, in order. */
export interface BatchMessage {
  id: number;
  /** Texts to analyze; with `collectedAt`, a collection run's items to enrich as mentions (enrich-mention.ts). */
  inputs: AnalyzeInput[] | MentionInput[];
  /** ISO 8601: the inputs are a collection run's items, collected then. */
  collectedAt?: string;
  /** The process's enrichment settings, applied in the thread before the batch; absent when the thread has them already. */
  settings?: EnrichmentSettings;
  /** The config's `brands[].aspects`, applied in the thread before the batch; absent when the thread has them already. */
  brandAspects?: BrandAspectsConfig;
  /** The correction layer to apply: its key, and its contents when this thread has not got it yet. */
  layer?: { key: number; weights?: ReadonlyMap<number, Float32Array>; entries?: readonly MemoryEntry[] };
}

/** The batch's analyses (or mention enrichments) in the order of its inputs, or why it could not be analyzed. */
export type BatchAnswer = { id: number; results: Analysis[] | MentionEnrichment[]; error?: undefined } | { id: number; error: string; results?: undefined };
