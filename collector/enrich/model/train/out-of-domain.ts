// How the text model reads a kind of text it was never trained on. Fitted on in-domain logits alone, the
// decision learns that the model is right three times in four and the cues barely matter — true for more
// tweets and reviews like the training ones, false for the prose of a newspaper or a help desk. So for
// each family of corpora (social posts, reviews, news) a text model is fitted on the other families and
// reads that family's calibration rows: the decision then also sees the model out of its depth, and
// learns how far to lean on the cue scorer there.
import type { TrainingRow } from './corpora.ts';
import { fitAdagrad } from './adagrad.ts';
import { buildDesign, type BlockWeights, type ExtractedText, type Vocabulary } from './design.ts';
import type { Design, Fit } from './softmax-regression.ts';

/** Families needed for out-of-domain readings to mean anything. */
const MIN_FAMILIES = 3;

export interface OutOfDomainInput {
  train: readonly TrainingRow[];
  trainTexts: readonly ExtractedText[];
  calibration: readonly TrainingRow[];
  calibrationTexts: readonly ExtractedText[];
  vocabulary: Vocabulary;
  blocks: BlockWeights;
  /** The family of a corpus (by name); corpora of one family are left out together. */
  familyOf: (corpus: string) => string;
  fit: { epochs: number; learningRate: number; l2: number; seed: number };
  /** Logits [row × 3] of `texts` from a text model fitted on `design`, read as the shipped scorer reads. */
  read: (fit: Fit, design: Design, texts: readonly ExtractedText[]) => Float64Array;
}

/**
 * Logits [row × 3] of each calibration row from a text model fitted without its family, or undefined
 * when there are fewer than three families (the decision is then fitted on in-domain readings).
 */
export function outOfDomainLogits(input: OutOfDomainInput, log: (line: string) => void): Float64Array | undefined {
  const { train, trainTexts, calibration, calibrationTexts, vocabulary, blocks, familyOf } = input;
  const families = [...new Set(calibration.map((row) => familyOf(row.corpus)))].sort();
  const trainFamilies = new Set(train.map((row) => familyOf(row.corpus)));
  // With two families, leaving one out leaves a model of a single kind of text (all restaurant reviews,
  // nine in ten positive): a degenerate reader, not an unfamiliar one. Three at least, or none of this.
  if (families.length < MIN_FAMILIES || trainFamilies.size < MIN_FAMILIES) return undefined;
  const out = new Float64Array(calibration.length * 3);
  for (const family of families) {
    const others = indexes(train, (row) => familyOf(row.corpus) !== family);
    const own = indexes(calibration, (row) => familyOf(row.corpus) === family);
    if (others.length === 0) return undefined;
    log(`  without ${family}: fitting on ${others.length} texts, reading ${own.length}`);
    const design = buildDesign(others.map((i) => trainTexts[i]!), others.map((i) => train[i]!), vocabulary, blocks);
    const fit = fitAdagrad(design, input.fit);
    const logits = input.read(fit, design, own.map((i) => calibrationTexts[i]!));
    own.forEach((i, k) => out.set(logits.subarray(k * 3, k * 3 + 3), i * 3));
  }
  return out;
}

const indexes = <T>(rows: readonly T[], keep: (row: T) => boolean): number[] => rows.flatMap((row, i) => (keep(row) ? [i] : []));
