// The model file: a JSON header (what the weights were trained on and under which terms, settings,
// held-out figures), then the word and character feature tables (sorted 32-bit keys as delta varints,
// int8 weights per class) and the few dense numbers (scales, biases, the decision's weights and, from
// format 2, the decision's calibration).
// Encoding is deterministic: the same weights give the same bytes.
import { FEATURE_VERSION } from './hashing.ts';

const MAGIC = 'VGSM';
export const FORMAT = 2;
/** Format 1 files (no calibration of the decision) still load: their decision keeps temperature 1. */
const OLDEST_FORMAT = 1;

/** Signals the decision's adaptive temperature reads (see calibrationTemperature), after a constant. */
export const CALIBRATION_SIGNALS = ['model unsure', 'decision unsure', 'no cue'] as const;

/** What a model file says about itself. */
export interface ModelHeader {
  format: number;
  featureVersion: number;
  lang: string;
  /** The notice that travels with the weights: what they were trained on and the terms that bind them. */
  notice: string;
  trainedOn: { corpus: string; domain: string; source: string; terms: string; commercial: boolean; rows: number }[];
  /** Whether every corpus trained on allows commercial use. */
  commercialUse: boolean;
  settings: Record<string, number | string | boolean>;
  /** Figures on the held-out split of the training data, as measured when trained. */
  heldOut: Record<string, number>;
  /** Names of the dense inputs of the decision, in order. */
  decisionInputs: string[];
}

/** One feature block: keys sorted ascending, three int8 weights per key, and the scale they share. */
export interface FeatureTable {
  keys: Int32Array;
  weights: Int8Array;
  scale: number;
}

/** Everything a model file holds. */
export interface ModelData {
  header: ModelHeader;
  words: FeatureTable;
  chars: FeatureTable;
  /** Bias of the text model's three logits. */
  bias: Float64Array;
  /** Temperature that calibrates the text model alone. */
  temperature: number;
  /** The decision: weights [input × 3] over `header.decisionInputs`, and its bias. */
  decision: Float64Array;
  decisionBias: Float64Array;
  /** The decision's calibration: log-temperature weights over [1, ...CALIBRATION_SIGNALS] (zeros: none). */
  calibration: Float64Array;
}

/** Serialise a model. */
export function encodeModel(model: ModelData): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify(model.header));
  const dense = [model.words.scale, model.chars.scale, model.temperature, ...model.bias, ...model.decisionBias, ...model.decision, ...model.calibration];
  const parts: Uint8Array[] = [new TextEncoder().encode(MAGIC), u32(header.length), header];
  for (const table of [model.words, model.chars]) parts.push(u32(table.keys.length), encodeKeys(table.keys), new Uint8Array(table.weights.buffer, table.weights.byteOffset, table.weights.length));
  const denseBytes = new Uint8Array(4 + dense.length * 8);
  const view = new DataView(denseBytes.buffer);
  view.setUint32(0, dense.length, true);
  dense.forEach((value, i) => view.setFloat64(4 + i * 8, value, true));
  parts.push(denseBytes);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) (out.set(part, at), (at += part.length));
  return out;
}

/** Read a model file; throws a clear error for anything that is not one this code can read. */
export function decodeModel(bytes: Uint8Array): ModelData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a Vigía sentiment model file');
  let at = 4;
  const headerLength = view.getUint32(at, true);
  at += 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + headerLength))) as ModelHeader;
  at += headerLength;
  if (!(header.format >= OLDEST_FORMAT && header.format <= FORMAT)) throw new Error(`model file format ${header.format}, expected ${OLDEST_FORMAT}–${FORMAT}`);
  if (header.featureVersion !== FEATURE_VERSION) throw new Error(`model built for features v${header.featureVersion}, this code extracts v${FEATURE_VERSION}: retrain with npm run train`);
  const tables: { keys: Int32Array; weights: Int8Array }[] = [];
  for (let t = 0; t < 2; t++) {
    const count = view.getUint32(at, true);
    at += 4;
    const keys = new Int32Array(count);
    let key = 0;
    for (let i = 0; i < count; i++) {
      let delta = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[at++]!;
        delta += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      key += delta;
      keys[i] = key | 0;
    }
    // A copy, not a view: a Node Buffer's slice shares (and its .buffer spans) the whole file.
    const weights = new Int8Array(count * 3);
    weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + at, count * 3));
    at += count * 3;
    tables.push({ keys, weights });
  }
  const denseCount = view.getUint32(at, true);
  at += 4;
  const dense = Float64Array.from({ length: denseCount }, (_, i) => view.getFloat64(at + i * 8, true));
  const decisionWidth = header.decisionInputs.length * 3;
  const calibrationWidth = header.format >= 2 ? 1 + CALIBRATION_SIGNALS.length : 0;
  if (denseCount !== 9 + decisionWidth + calibrationWidth) throw new Error('model file is truncated or inconsistent');
  return {
    header,
    words: { ...tables[0]!, scale: dense[0]! },
    chars: { ...tables[1]!, scale: dense[1]! },
    temperature: dense[2]!,
    bias: dense.slice(3, 6),
    decisionBias: dense.slice(6, 9),
    decision: dense.slice(9, 9 + decisionWidth),
    calibration: calibrationWidth ? dense.slice(9 + decisionWidth) : new Float64Array(1 + CALIBRATION_SIGNALS.length),
  };
}

// Keys as unsigned, ascending: each stored as its distance from the one before, 7 bits a byte.
function encodeKeys(keys: Int32Array): Uint8Array {
  const out: number[] = [];
  let previous = 0;
  for (const signed of keys) {
    const key = signed >>> 0;
    let delta = key - previous;
    if (delta < 0) throw new Error('model keys must be sorted ascending as unsigned numbers');
    previous = key;
    do {
      const byte = delta % 128;
      delta = Math.floor(delta / 128);
      out.push(delta > 0 ? byte | 0x80 : byte);
    } while (delta > 0);
  }
  return Uint8Array.from(out);
}

function u32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value, true);
  return bytes;
}
