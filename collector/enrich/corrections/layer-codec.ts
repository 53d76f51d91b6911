// The learned layer as one compact text for the store: typed arrays in base64 (4 bytes per feature id, 12 per
// weight row, 4 per remembered text plus its features). A text this version cannot read is an error, not a guess.
import type { SentimentLabel } from '../../../shared/mention.ts';
import { VigiaError } from '../../errors.ts';
import { LABELS } from './baseline.ts';
import { CorrectionLayer } from './layer.ts';
import type { MemoryEntry } from './memory.ts';

const VERSION = 1;

interface Packed {
  v: number;
  /** Feature ids with weights, and their weights (3 per id). */
  ids: string;
  weights: string;
  /** Per remembered text: key, label index, and where its features end in `features`. */
  keys: string;
  labels: string;
  ends: string;
  features: string;
}

const b64 = (array: Uint32Array | Float32Array | Uint8Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
const u32 = (text: string) => {
  const bytes = Buffer.from(text, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};
const f32 = (text: string) => {
  const bytes = Buffer.from(text, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

/** Raised for a stored layer that cannot be read. */
export class LayerCodecError extends VigiaError {
  constructor(message: string) {
    super('corrections', message);
  }
}

export function encodeLayer(layer: CorrectionLayer): string {
  const ids = [...layer.weights.keys()].sort((a, b) => a - b);
  const weights = new Float32Array(ids.length * 3);
  ids.forEach((id, i) => weights.set(layer.weights.get(id)!, i * 3));
  const entries = layer.memory.entries;
  const ends = new Uint32Array(entries.length);
  const features = new Uint32Array(entries.reduce((n, e) => n + e.features.ids.length, 0));
  let at = 0;
  entries.forEach((e, i) => {
    features.set(e.features.ids, at);
    at += e.features.ids.length;
    ends[i] = at;
  });
  const packed: Packed = {
    v: VERSION,
    ids: b64(Uint32Array.from(ids)),
    weights: b64(weights),
    keys: b64(Uint32Array.from(entries.map((e) => e.key))),
    labels: b64(Uint8Array.from(entries.map((e) => LABELS.indexOf(e.label)))),
    ends: b64(ends),
    features: b64(features),
  };
  return JSON.stringify(packed);
}

export function decodeLayer(text: string): CorrectionLayer {
  let packed: Packed;
  try {
    packed = JSON.parse(text) as Packed;
  } catch {
    throw new LayerCodecError('the stored correction layer is not JSON');
  }
  if (packed.v !== VERSION) throw new LayerCodecError(`the stored correction layer has version ${String(packed.v)}, this version reads ${VERSION}`);
  const ids = u32(packed.ids);
  const rows = f32(packed.weights);
  const keys = u32(packed.keys);
  const labels = Buffer.from(packed.labels, 'base64');
  const ends = u32(packed.ends);
  const features = u32(packed.features);
  if (rows.length !== ids.length * 3 || labels.length !== keys.length || ends.length !== keys.length) throw new LayerCodecError('the stored correction layer is inconsistent');
  const weights = new Map<number, Float32Array>();
  ids.forEach((id, i) => weights.set(id, rows.slice(i * 3, i * 3 + 3)));
  const entries: MemoryEntry[] = [];
  let start = 0;
  keys.forEach((key, i) => {
    const end = ends[i]!;
    const own = features.slice(start, end);
    start = end;
    entries.push({ key, label: LABELS[labels[i]!] as SentimentLabel, features: { ids: own, value: own.length ? 1 / Math.sqrt(own.length) : 0 } });
  });
  return new CorrectionLayer(weights, entries);
}
