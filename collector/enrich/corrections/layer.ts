// The installation's layer over the shipped sentiment: `learn` turns people's corrections into a memory of
// the corrected texts and hashed word and word-pair weights added to the shipped logits; `adjust` applies
// them after the shipped analysis. Texts that share nothing with any correction come out unchanged.
import type { SentimentLabel, Sentiment } from '../../../shared/mention.ts';
import { isScored, sentimentLabelOf } from '../../../shared/mention.ts';
import type { Analysis } from '../analyze.ts';
import { LABELS, logitsOf, softmax, type Logits } from './baseline.ts';
import { textFeatures, type TextFeatures } from './features.ts';
import { CorrectionMemory, memoryKey, type MemoryEntry } from './memory.ts';

/** A labelled example: a person's correction. */
export interface CorrectionExample {
  text: string;
  lang: string;
  label: SentimentLabel;
}

/** The shipped reading of a text, as logits over (negative, neutral, positive). */
export type Baseline = (text: string, lang: string) => Logits;

export interface LearnOptions {
  /** The shipped model's logits for a text; the layer learns only what it must add to them. */
  baseline: Baseline;
  /**
   * Texts nobody corrected (the installation's recent mentions): the layer learns to leave their reading as
   * it is, so words every mention shares (the brand's name) carry no correction.
   */
  anchors?: readonly { text: string; lang: string }[];
  /** @default 60 */
  epochs?: number;
}

/** Nearest corrected text at least this similar: its label is taken as it is. */
export const SAME_TEXT_SIMILARITY = 0.8;
/** Below this similarity to every corrected text, the weights do not act (no evidence the text is alike). */
export const EVIDENCE_SIMILARITY = 0.45;
/** Training stops pushing a correction once the layer gives its label this probability. */
const TARGET = 0.9;
const RATE = 0.5;
const ANCHOR_WEIGHT = 0.5;
/** How sure a reading taken from a remembered correction of the same text is. */
const REMEMBERED_CONFIDENCE = 0.95;

const labelIndex = (label: SentimentLabel) => LABELS.indexOf(label);

/** The learned layer: apply with `adjust`; store with layer-codec.ts. */
export class CorrectionLayer {
  readonly memory: CorrectionMemory;

  constructor(
    /** Feature id → added logits (negative, neutral, positive). */
    readonly weights: ReadonlyMap<number, Float32Array>,
    entries: readonly MemoryEntry[],
  ) {
    this.memory = new CorrectionMemory(entries);
  }

  get examples(): number {
    return this.memory.entries.length;
  }

  /** What the layer adds to the shipped logits of a text with these features. */
  delta(features: TextFeatures): Logits {
    const out: Logits = [0, 0, 0];
    for (const id of features.ids) {
      const w = this.weights.get(id);
      if (!w) continue;
      for (let c = 0; c < 3; c++) out[c] = out[c]! + w[c]! * features.value;
    }
    return out;
  }

  /**
   * The analysis after the installation's corrections: the label people gave this text (or a text that
   * reads the same), else the shipped logits plus the learned weights when the text is like a corrected one
   * and they change the label. Anything else is returned as it is.
   */
  adjust(text: string, lang: string, analysis: Analysis): Analysis {
    if (this.examples === 0) return analysis;
    const shipped = sentimentLabelOf(analysis.sentiment);
    const features = textFeatures(text, lang);
    const nearest = this.memory.nearest(features);
    // Most texts share no word with any correction: they are done here, without the costlier exact key.
    // (A corrected text shares all its features with itself; one without any has nothing to learn from.)
    if (!nearest) return analysis;
    const remembered = this.memory.exactLabel(memoryKey(text));
    if (remembered) return relabel(analysis, remembered, REMEMBERED_CONFIDENCE, 'a person corrected this text');
    if (nearest.similarity < EVIDENCE_SIMILARITY) return analysis;
    if (nearest.similarity >= SAME_TEXT_SIMILARITY && nearest.entry.label !== shipped) {
      return relabel(analysis, nearest.entry.label, nearest.similarity * REMEMBERED_CONFIDENCE, `a person corrected a text that reads the same (${Math.round(nearest.similarity * 100)}% alike)`);
    }
    const d = this.delta(features);
    const p = softmax(logitsOf(analysis.sentiment).map((v, c) => v + d[c]!));
    const top = p.indexOf(Math.max(...p));
    const label = LABELS[top]!;
    if (label === shipped) return analysis;
    return relabel(analysis, label, p[top]!, `learned from this installation's corrections (nearest ${Math.round(nearest.similarity * 100)}% alike)`, p[2]! - p[0]!);
  }
}

function relabel(analysis: Analysis, label: SentimentLabel, confidence: number, why: string, score?: number): Analysis {
  const before: Sentiment = analysis.sentiment;
  const shippedScore = isScored(before) ? before.score : 0;
  // Keep the shipped strength when it points the same way; else the layer's own estimate, else mid-side.
  const agrees = label === 'negative' ? shippedScore < 0 : label === 'positive' ? shippedScore > 0 : false;
  const value = agrees ? shippedScore : (score ?? { negative: -0.5, neutral: 0, positive: 0.5 }[label]);
  const was = isScored(before) ? before.label : 'unscored';
  return {
    ...analysis,
    sentiment: { score: Math.max(-1, Math.min(1, value)), label, confidence: Math.max(0, Math.min(1, confidence)) },
    why: [...analysis.why, `sentiment: ${label} instead of ${was}: ${why}`],
  };
}

/** Trains the layer on corrections (in the order given; later ones weigh as much as earlier ones). */
export function learn(examples: readonly CorrectionExample[], options: LearnOptions): CorrectionLayer {
  const weights = new Map<number, Float32Array>();
  const items = examples.map((e) => ({ features: textFeatures(e.text, e.lang), base: options.baseline(e.text, e.lang), y: labelIndex(e.label) }));
  const corrected = new Set(examples.map((e) => memoryKey(e.text)));
  const anchors = (options.anchors ?? [])
    .filter((a) => !corrected.has(memoryKey(a.text)))
    .map((a) => {
      const base = options.baseline(a.text, a.lang);
      return { features: textFeatures(a.text, a.lang), base, target: softmax(base) };
    })
    // Only anchors that share a feature with some correction can be moved by the layer.
    .filter((a) => a.features.ids.some((id) => items.some((i) => i.features.ids.includes(id))));

  const delta = (features: TextFeatures): Logits => {
    const out: Logits = [0, 0, 0];
    for (const id of features.ids) {
      const w = weights.get(id);
      if (w) for (let c = 0; c < 3; c++) out[c] = out[c]! + w[c]! * features.value;
    }
    return out;
  };
  const step = (features: TextFeatures, gradient: readonly number[], rate: number) => {
    for (const id of features.ids) {
      let w = weights.get(id);
      if (!w) weights.set(id, (w = new Float32Array(3)));
      for (let c = 0; c < 3; c++) w[c] = w[c]! - rate * gradient[c]! * features.value;
    }
  };

  for (let epoch = 0; epoch < (options.epochs ?? 60); epoch++) {
    let moved = false;
    for (const item of items) {
      if (!item.features.ids.length) continue;
      const d = delta(item.features);
      const p = softmax(item.base.map((v, c) => v + d[c]!));
      if (p[item.y]! >= TARGET) continue;
      moved = true;
      step(item.features, p.map((v, c) => v - (c === item.y ? 1 : 0)), RATE);
    }
    for (const anchor of anchors) {
      const d = delta(anchor.features);
      const p = softmax(anchor.base.map((v, c) => v + d[c]!));
      step(anchor.features, p.map((v, c) => v - anchor.target[c]!), RATE * ANCHOR_WEIGHT);
    }
    if (!moved && epoch > 0) break;
  }
  const entries: MemoryEntry[] = items.map((item, i) => ({ key: memoryKey(examples[i]!.text), features: item.features, label: examples[i]!.label }));
  return new CorrectionLayer(weights, entries);
}

/** A layer that changes nothing (no corrections yet). */
export const EMPTY_LAYER = new CorrectionLayer(new Map(), []);
