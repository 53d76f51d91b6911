// From labelled texts to the trainer's design matrix: each text is read exactly as analyzeText reads it
// (sanitised, tokenized, cue-scored, features extracted), the feature keys seen in at least `minCount`
// training texts form the vocabulary, and each text becomes a sparse row scaled per block.
import { sanitize } from '../../analyze.ts';
import type { ScoredLanguage } from '../../natural-vocabulary.ts';
import { readTokens } from '../../sentiment.ts';
import { tokenize } from '../../tokenize.ts';
import { CUE_FEATURE_COUNT, cueFeatures } from '../cue-features.ts';
import { createFeatureBuffer, extractFeatures } from '../features.ts';
import type { TrainingRow } from './corpora.ts';
import type { Design } from './softmax-regression.ts';

/** One text's features: sorted word and character keys (repeats kept) and its cue features. */
export interface ExtractedText {
  words: Int32Array;
  chars: Int32Array;
  cues: Float64Array;
  /** The cue scorer's own label (0 negative, 1 neutral or unscored, 2 positive). */
  cueLabel: number;
}

/** Read every row's features. */
export function extractTexts(rows: readonly TrainingRow[], lang: ScoredLanguage): ExtractedText[] {
  const buffer = createFeatureBuffer();
  return rows.map((row) => {
    const tokens = tokenize(sanitize(row.text));
    const reading = readTokens(tokens, lang);
    extractFeatures(tokens, lang, buffer);
    const label = 'label' in reading.sentiment ? reading.sentiment.label : 'neutral';
    return {
      words: buffer.wordKeys.slice(0, buffer.wordCount).sort(),
      chars: buffer.charKeys.slice(0, buffer.charCount).sort(),
      cues: cueFeatures(reading, new Float64Array(CUE_FEATURE_COUNT)),
      cueLabel: label === 'negative' ? 0 : label === 'positive' ? 2 : 1,
    };
  });
}

/** Each block's kept keys (ascending as unsigned numbers) and their column numbers. */
export interface Vocabulary {
  words: Int32Array;
  chars: Int32Array;
  /** key → column; character columns follow the word columns. */
  wordColumn: Map<number, number>;
  charColumn: Map<number, number>;
}

/** Keys present in at least `minCount` of `texts` (counted once per text). */
export function buildVocabulary(texts: readonly ExtractedText[], minCount: number): Vocabulary {
  const words = keepFrequent(texts.map((t) => t.words), minCount);
  const chars = keepFrequent(texts.map((t) => t.chars), minCount);
  const wordColumn = new Map<number, number>();
  const charColumn = new Map<number, number>();
  words.forEach((key, i) => wordColumn.set(key, i));
  chars.forEach((key, i) => charColumn.set(key, words.length + i));
  return { words, chars, wordColumn, charColumn };
}

function keepFrequent(lists: readonly Int32Array[], minCount: number): Int32Array {
  const counts = new Map<number, number>();
  for (const keys of lists) {
    for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) counts.set(keys[i]!, (counts.get(keys[i]!) ?? 0) + 1);
  }
  const kept: number[] = [];
  for (const [key, count] of counts) if (count >= minCount) kept.push(key);
  return Int32Array.from(kept.sort((a, b) => (a >>> 0) - (b >>> 0)));
}

/** Block weights: how much each block's features count before regularisation. */
export interface BlockWeights {
  words: number;
  chars: number;
}

/** The sparse design of `texts` over `vocabulary` (no dense columns). */
export function buildDesign(texts: readonly ExtractedText[], rows: readonly TrainingRow[], vocabulary: Vocabulary, blocks: BlockWeights): Design {
  // Two passes (count, then fill) keep tens of millions of entries in typed arrays.
  const start = new Int32Array(texts.length + 1);
  texts.forEach((text, r) => {
    start[r + 1] = start[r]! + appendBlock(text.words, vocabulary.wordColumn, blocks.words) + appendBlock(text.chars, vocabulary.charColumn, blocks.chars);
  });
  const index = new Int32Array(start[texts.length]!);
  const value = new Float32Array(index.length);
  texts.forEach((text, r) => {
    const at = start[r]!;
    const filled = appendBlock(text.words, vocabulary.wordColumn, blocks.words, index, value, at);
    appendBlock(text.chars, vocabulary.charColumn, blocks.chars, index, value, at + filled);
  });
  return {
    rows: texts.length,
    start,
    index,
    value,
    sparseWidth: vocabulary.words.length + vocabulary.chars.length,
    dense: new Float64Array(0),
    denseWidth: 0,
    labels: Uint8Array.from(rows.map((row) => row.label)),
    weights: Float64Array.from(rows.map((row) => row.weight)),
  };
}

// Repeated keys (sorted, so adjacent) become one entry with their count; every entry is scaled by one
// over the square root of the block's size, as the scorer does. Returns how many entries it wrote (or
// would write, without `index`).
function appendBlock(keys: Int32Array, columns: Map<number, number>, weight: number, index?: Int32Array, value?: Float32Array, at = 0): number {
  if (keys.length === 0) return 0;
  const unit = weight / Math.sqrt(keys.length);
  let written = 0;
  for (let i = 0; i < keys.length; ) {
    let j = i + 1;
    while (j < keys.length && keys[j] === keys[i]) j++;
    const column = columns.get(keys[i]!);
    if (column !== undefined) {
      if (index && value) (index[at + written] = column), (value[at + written] = (j - i) * unit);
      written++;
    }
    i = j;
  }
  return written;
}
