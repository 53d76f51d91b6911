// The trained sentiment model of one language, loaded from its file beside this module on first use.
// Scoring a text is one pass over its feature keys: an open-addressing table finds each key's three int8
// weights. A per-installation correction layer (see README) can add its own weights on top.
import { readFileSync } from 'node:fs';
import type { ScoredLanguage } from '../natural-vocabulary.ts';
import type { FeatureBuffer } from './features.ts';
import { decodeModel, type FeatureTable, type ModelData, type ModelHeader } from './model-file.ts';

/** Extra weights learned from one installation's corrections, added to the shipped model's logits. */
export interface CorrectionLayer {
  /** Feature key → weights for negative, neutral, positive (same scale as the logits). */
  weights: ReadonlyMap<number, readonly [number, number, number]>;
  bias: readonly [number, number, number];
}

/** A model ready to score. */
export interface SentimentModel {
  lang: ScoredLanguage;
  header: ModelHeader;
  /** Bytes of the file it was read from, and milliseconds it took to load. */
  fileBytes: number;
  loadMs: number;
  temperature: number;
  decision: Float64Array;
  decisionBias: Float64Array;
  /** Log-temperature weights of the decision's calibration (decide.ts, decisionTemperature). */
  calibration: Float64Array;
  /**
   * Logits (negative, neutral, positive) of the text model for `features`, into `out`. With `byOrigin`
   * (length ≥ 6 × tokens), each feature's contribution is added at 3 × its origin (token × 2, +1 for a
   * word pair), which is what `why` names.
   */
  textLogits(features: FeatureBuffer, out: Float64Array, byOrigin?: Float64Array, layer?: CorrectionLayer): void;
}

// Key and weights side by side (one cache line per probe, not two): a text's ~hundreds of character n-grams
// each land at a random slot of a table of megabytes, so the memory reads are most of the scoring time.
class Table {
  /** Pairs [key, packed weights]: the three int8 weights in bytes 0, 1 and 2 of the second int. */
  readonly slots: Int32Array;
  readonly mask: number;

  constructor(table: FeatureTable) {
    let size = 1024;
    while (size < table.keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let i = 0; i < table.keys.length; i++) {
      const key = table.keys[i]!;
      let slot = key & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = (table.weights[i * 3]! & 0xff) | ((table.weights[i * 3 + 1]! & 0xff) << 8) | ((table.weights[i * 3 + 2]! & 0xff) << 16);
    }
  }

  /** Packed weights of `key`, or undefined. Keys are never 0 (hashing.ts), so 0 marks an empty slot. */
  find(key: number): number | undefined {
    const { slots, mask } = this;
    let slot = key & mask;
    for (;;) {
      const found = slots[slot * 2]!;
      if (found === key) return slots[slot * 2 + 1]!;
      if (found === 0) return undefined;
      slot = (slot + 1) & mask;
    }
  }
}

/** Adds one block of features (words or character n-grams) to `z`; `originScale` 2 for characters. */
function addBlock(table: Table, keys: Int32Array, origins: Int32Array, count: number, scale: number, originScale: number, z: Float64Array, byOrigin: Float64Array | undefined, layer: CorrectionLayer | undefined): void {
  if (count === 0) return;
  const factor = scale / Math.sqrt(count);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < count; i++) {
    const key = keys[i]!;
    const packed = table.find(key);
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    if (packed !== undefined) (w0 = (packed << 24) >> 24), (w1 = (packed << 16) >> 24), (w2 = (packed << 8) >> 24);
    const extra = layer?.weights.get(key);
    if (extra) (w0 += extra[0] / scale), (w1 += extra[1] / scale), (w2 += extra[2] / scale);
    if (packed === undefined && !extra) continue;
    s0 += w0;
    s1 += w1;
    s2 += w2;
    if (byOrigin) {
      const at = origins[i]! * originScale * 3;
      byOrigin[at]! += w0 * factor;
      byOrigin[at + 1]! += w1 * factor;
      byOrigin[at + 2]! += w2 * factor;
    }
  }
  z[0]! += s0 * factor;
  z[1]! += s1 * factor;
  z[2]! += s2 * factor;
}

/** Packed weights of a key the table does not hold (real ones use the low three bytes only). */
const ABSENT = -1;

/** The character n-grams of one word (a run of one origin) and their packed weights, found once. */
interface WordGrams {
  keys: Int32Array;
  packed: Int32Array;
}

/**
 * A word's n-grams sit at as many random places of a table of a megabyte, and the same words come back text
 * after text: the weights of a word's run of n-grams are kept by a hash of its keys, checked key by key (a
 * few reads in one place instead of a dozen or two across the table). Bounded: cleared when full.
 */
class RunCache {
  private readonly runs = new Map<number, WordGrams>();

  constructor(private readonly table: Table) {}

  /** The packed weights (ABSENT where none) of keys[from … to), hashing to `hash`. */
  weights(keys: Int32Array, from: number, to: number, hash: number): Int32Array {
    const kept = this.runs.get(hash);
    if (kept !== undefined && sameKeys(kept.keys, keys, from, to)) return kept.packed;
    const length = to - from;
    const run: WordGrams = { keys: keys.slice(from, to), packed: new Int32Array(length) };
    for (let k = 0; k < length; k++) run.packed[k] = this.table.find(run.keys[k]!) ?? ABSENT;
    if (this.runs.size >= RUN_CACHE_LIMIT) this.runs.clear();
    this.runs.set(hash, run);
    return run.packed;
  }
}

const RUN_CACHE_LIMIT = 20_000;

function sameKeys(kept: Int32Array, keys: Int32Array, from: number, to: number): boolean {
  if (kept.length !== to - from) return false;
  for (let k = 0; k < kept.length; k++) if (kept[k] !== keys[from + k]) return false;
  return true;
}

/**
 * The character block without a correction layer: as addBlock, the same sums in the same order, with each
 * word's run of n-grams weighed through the run cache.
 */
function addCharBlock(runs: RunCache, keys: Int32Array, origins: Int32Array, count: number, scale: number, z: Float64Array, byOrigin: Float64Array | undefined): void {
  if (count === 0) return;
  const factor = scale / Math.sqrt(count);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < count; ) {
    const origin = origins[i]!;
    let end = i + 1;
    let hash = keys[i]!;
    while (end < count && origins[end] === origin) hash = Math.imul(hash ^ keys[end++]!, 0x01000193);
    // Kept within small integers: a Map key of 30 bits needs no heap number.
    const packedRun = runs.weights(keys, i, end, hash & 0x3fffffff);
    const at = origin * 6;
    for (let k = 0; k < packedRun.length; k++) {
      const packed = packedRun[k]!;
      if (packed === ABSENT) continue;
      const w0 = (packed << 24) >> 24;
      const w1 = (packed << 16) >> 24;
      const w2 = (packed << 8) >> 24;
      s0 += w0;
      s1 += w1;
      s2 += w2;
      if (byOrigin) {
        byOrigin[at]! += w0 * factor;
        byOrigin[at + 1]! += w1 * factor;
        byOrigin[at + 2]! += w2 * factor;
      }
    }
    i = end;
  }
  z[0]! += s0 * factor;
  z[1]! += s1 * factor;
  z[2]! += s2 * factor;
}

/** Build a scorer from decoded model data. */
export function createModel(lang: ScoredLanguage, data: ModelData, fileBytes = 0, loadMs = 0): SentimentModel {
  const words = new Table(data.words);
  const chars = new Table(data.chars);
  const charRuns = new RunCache(chars);
  const bias = data.bias;
  return {
    lang,
    header: data.header,
    fileBytes,
    loadMs,
    temperature: data.temperature,
    decision: data.decision,
    decisionBias: data.decisionBias,
    calibration: data.calibration,
    textLogits(features, out, byOrigin, layer) {
      const z = out;
      z[0] = bias[0]!;
      z[1] = bias[1]!;
      z[2] = bias[2]!;
      addBlock(words, features.wordKeys, features.wordOrigins, features.wordCount, data.words.scale, 1, z, byOrigin, layer);
      if (layer) addBlock(chars, features.charKeys, features.charOrigins, features.charCount, data.chars.scale, 2, z, byOrigin, layer);
      else addCharBlock(charRuns, features.charKeys, features.charOrigins, features.charCount, data.chars.scale, z, byOrigin);
      let z0 = z[0]!;
      let z1 = z[1]!;
      let z2 = z[2]!;
      if (layer) (z0 += layer.bias[0]), (z1 += layer.bias[1]), (z2 += layer.bias[2]);
      out[0] = z0;
      out[1] = z1;
      out[2] = z2;
    },
  };
}

const loaded: Partial<Record<ScoredLanguage, SentimentModel | Error>> = {};

/** The file the model of `lang` ships in. */
export const modelFileUrl = (lang: ScoredLanguage): URL => new URL(`./${lang}.bin`, import.meta.url);

/** The shipped model of `lang`, read on first use; an Error (remembered) when it cannot be read. */
export function sentimentModel(lang: ScoredLanguage): SentimentModel | Error {
  let model = loaded[lang];
  if (model === undefined) {
    const started = performance.now();
    try {
      const bytes = readFileSync(modelFileUrl(lang));
      model = createModel(lang, decodeModel(bytes), bytes.length, 0);
      model.loadMs = Math.round((performance.now() - started) * 10) / 10;
    } catch (error) {
      model = new Error(`sentiment model (${lang}) unavailable: ${(error as Error).message}`);
    }
    loaded[lang] = model;
  }
  return model;
}
