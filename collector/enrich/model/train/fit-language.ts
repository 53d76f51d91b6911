// Training one language end to end: fit the text model on the train split, keep its strongest features as
// int8, then — on the calibration split, through the same scorer that ships — fit the temperature of the
// model alone, the decision over the model's logits and the cue scorer's features, and the decision's
// calibration; and measure all three on the held-out test split.
import { DECISION_FEATURE_COUNT } from '../cue-features.ts';
import type { FeatureBuffer } from '../features.ts';
import { createModel, type SentimentModel } from '../model.ts';
import { CALIBRATION_SIGNALS, type FeatureTable, type ModelData } from '../model-file.ts';
import type { ScoredLanguage } from '../../natural-vocabulary.ts';
import type { TrainingRow } from './corpora.ts';
import { buildDesign, buildVocabulary, extractTexts, type ExtractedText, type Vocabulary } from './design.ts';
import { fitAdagrad } from './adagrad.ts';
import { fitSoftmax, type Design, type Fit } from './softmax-regression.ts';
import { accuracyAndMacroF1, calibrateDecision, fitTemperature } from './calibration.ts';
import { decisionInputs, decisionLogits } from './decision-inputs.ts';
import { outOfDomainLogits } from './out-of-domain.ts';

/** The trainer's settings, recorded in the model file. */
export interface TrainSettings {
  /** Keys seen in fewer training texts are dropped. */
  minCount: number;
  /** L2 shrinkage of the text model's weights. */
  l2: number;
  epochs: number;
  learningRate: number;
  seed: number;
  wordWeight: number;
  charWeight: number;
  /** Features kept in the shipped file (the strongest). */
  keep: number;
  /** L2 strength of the decision. */
  decisionL2: number;
  /** Share of the decision's calibration weight on out-of-domain readings (out-of-domain.ts): 1 fits it
   * on them alone (every text met in use is one the model never trained on), 0 on in-domain logits only. */
  outOfDomainShare: number;
}

export interface LanguageResult {
  data: Omit<ModelData, 'header'>;
  counts: { train: number; calibration: number; test: number; vocabulary: number; kept: number };
  heldOut: Record<string, number>;
}

/** Train `lang` on `rows` (already split); `log` gets progress lines; `familyOf` names each corpus's
 * family (corpora of one family are left out together when the decision learns the model out of domain). */
export function trainLanguage(lang: ScoredLanguage, rows: readonly TrainingRow[], settings: TrainSettings, log: (line: string) => void, familyOf: (corpus: string) => string = (corpus) => corpus): LanguageResult {
  const bySplit = (split: TrainingRow['split']) => rows.filter((row) => row.split === split);
  const train = bySplit('train');
  const calibration = bySplit('calibration');
  const test = bySplit('test');
  if (train.length === 0 || calibration.length === 0) throw new Error(`train: no ${lang} rows to train or calibrate on`);
  log(`${lang}: reading ${rows.length} texts (${train.length} train, ${calibration.length} calibration, ${test.length} test)`);
  const trainTexts = extractTexts(train, lang);
  const vocabulary = buildVocabulary(trainTexts, settings.minCount);
  const design = buildDesign(trainTexts, train, vocabulary, { words: settings.wordWeight, chars: settings.charWeight });
  log(`${lang}: ${vocabulary.words.length} word and ${vocabulary.chars.length} character features, ${design.index.length} entries; fitting`);
  const fitOptions = { epochs: settings.epochs, learningRate: settings.learningRate, l2: settings.l2, seed: settings.seed };
  const fit = fitAdagrad(design, { ...fitOptions, onEpoch: (epoch, loss) => log(`${lang}:   pass ${epoch}: loss ${loss.toFixed(4)}`) });
  const textOnly: Omit<ModelData, 'header'> = {
    ...shippable(fit, design, vocabulary, settings.keep),
    temperature: 1,
    decision: new Float64Array((3 + DECISION_FEATURE_COUNT) * 3),
    decisionBias: new Float64Array(3),
    calibration: new Float64Array(1 + CALIBRATION_SIGNALS.length),
  };
  const model = scorer(lang, textOnly);
  const calibrationTexts = extractTexts(calibration, lang);
  const calibrationLogits = logitsOf(model, calibrationTexts);
  const temperature = fitTemperature(calibrationLogits, calibration.map((r) => r.label));
  let decisionRows = { logits: calibrationLogits, texts: calibrationTexts, rows: calibration };
  if (settings.outOfDomainShare > 0) {
    log(`${lang}: reading the calibration rows out of domain`);
    const blocks = { words: settings.wordWeight, chars: settings.charWeight };
    // Each left-out model is pruned and quantised like the shipped one and read through the same scorer,
    // so its logits have the scale the decision will meet in use.
    const read = (other: Fit, otherDesign: Design, texts: readonly ExtractedText[]) =>
      logitsOf(scorer(lang, { ...textOnly, ...shippable(other, otherDesign, vocabulary, settings.keep) }), texts);
    const away = outOfDomainLogits({ train, trainTexts, calibration, calibrationTexts, vocabulary, blocks, familyOf, fit: fitOptions, read }, (line) => log(`${lang}: ${line}`));
    if (away) {
      // Each calibration row as the shipped model reads it and as a model that never saw its kind does,
      // weighted by the share (a copy of weight 0 is left out).
      const share = settings.outOfDomainShare;
      const copies = [
        { logits: calibrationLogits, weight: 1 - share },
        { logits: away, weight: share },
      ].filter((copy) => copy.weight > 0);
      const logits = new Float64Array(calibrationLogits.length * copies.length);
      copies.forEach((copy, i) => logits.set(copy.logits, i * calibrationLogits.length));
      decisionRows = {
        logits,
        texts: copies.flatMap(() => calibrationTexts),
        rows: copies.flatMap((copy) => calibration.map((row) => ({ ...row, weight: row.weight * copy.weight }))),
      };
    }
  }
  const decision = fitDecision(decisionRows.logits, decisionRows.texts, decisionRows.rows, settings.decisionL2);
  const calibrated = calibrateDecision(decision, calibrationLogits, calibrationTexts, calibration);
  log(`${lang}: decision calibration (log-temperature over 1, ${CALIBRATION_SIGNALS.join(', ')}): ${Array.from(calibrated, (x) => x.toFixed(3)).join(', ')}`);
  const data = { ...textOnly, temperature, decision: decision.dense, decisionBias: decision.bias, calibration: calibrated };
  const heldOut = measure(model, data, extractTexts(test, lang), test);
  log(`${lang}: held-out macro-F1 — cues ${heldOut.cuesMacroF1}, model ${heldOut.modelMacroF1}, combined ${heldOut.combinedMacroF1}`);
  return {
    data,
    counts: { train: train.length, calibration: calibration.length, test: test.length, vocabulary: design.sparseWidth, kept: textOnly.words.keys.length + textOnly.chars.keys.length },
    heldOut,
  };
}

// The text model as it ships: centred, the `keep` most important features, int8.
function shippable(fit: Fit, design: Design, vocabulary: Vocabulary, keep: number): Pick<ModelData, 'words' | 'chars' | 'bias'> {
  const mass = new Float64Array(design.sparseWidth);
  for (let k = 0; k < design.index.length; k++) mass[design.index[k]!]! += design.value[k]!;
  const words = compress(fit.sparse, vocabulary.words, 0, mass);
  const chars = compress(fit.sparse, vocabulary.chars, vocabulary.words.length, mass);
  trimToBudget(words, chars, keep);
  return { words: quantize(words), chars: quantize(chars), bias: Float64Array.from(fit.bias) };
}

const scorer = (lang: ScoredLanguage, data: Omit<ModelData, 'header'>): SentimentModel => createModel(lang, { ...data, header: { decisionInputs: [] } as unknown as ModelData['header'] });

interface Candidate {
  keys: Int32Array;
  weights: Float64Array;
  importance: Float64Array;
}

// A block's weights, centred (softmax ignores what a feature adds to all three classes alike), with each
// feature's importance: how far its weights move the logits, summed over the training texts. Pruning by
// weight alone would drop the frequent character n-grams whose small weights add up in every text.
function compress(sparse: Float64Array, keys: Int32Array, offset: number, mass: Float64Array): Candidate {
  const weights = sparse.slice(offset * 3, (offset + keys.length) * 3);
  const importance = new Float64Array(keys.length);
  for (let j = 0; j < keys.length; j++) {
    const mean = (weights[j * 3]! + weights[j * 3 + 1]! + weights[j * 3 + 2]!) / 3;
    for (let c = 0; c < 3; c++) weights[j * 3 + c]! -= mean;
    importance[j] = mass[offset + j]! * Math.max(Math.abs(weights[j * 3]!), Math.abs(weights[j * 3 + 1]!), Math.abs(weights[j * 3 + 2]!));
  }
  return { keys, weights, importance };
}

// Keep the `keep` most important features across both blocks (ties broken by key, for stable bytes).
function trimToBudget(words: Candidate, chars: Candidate, keep: number): void {
  const all = [...words.importance, ...chars.importance].sort((a, b) => b - a);
  const threshold = all.length > keep ? all[keep - 1]! : 0;
  for (const block of [words, chars]) {
    const kept: number[] = [];
    for (let j = 0; j < block.keys.length; j++) if (block.importance[j]! >= threshold && block.importance[j]! > 0) kept.push(j);
    block.keys = Int32Array.from(kept, (j) => block.keys[j]!);
    block.weights = Float64Array.from(kept.flatMap((j) => [block.weights[j * 3]!, block.weights[j * 3 + 1]!, block.weights[j * 3 + 2]!]));
    block.importance = Float64Array.from(kept, (j) => block.importance[j]!);
  }
}

// int8 over the range that holds all but the rarest extreme weights (those are clipped): a single outlier
// must not round every other weight to zero.
function quantize(block: Candidate): FeatureTable {
  const magnitudes = Float64Array.from(block.weights, Math.abs).sort();
  const edge = magnitudes[Math.floor((magnitudes.length - 1) * 0.9995)] ?? 0;
  const scale = edge > 0 ? edge / 127 : 1;
  const weights = Int8Array.from(block.weights, (w) => Math.max(-127, Math.min(127, Math.round(w / scale))));
  return { keys: block.keys, weights, scale };
}

/** The text model's logits for extracted texts, through the shipped scorer: [row × 3]. */
export function logitsOf(model: SentimentModel, texts: readonly ExtractedText[]): Float64Array {
  const out = new Float64Array(texts.length * 3);
  const logits = new Float64Array(3);
  texts.forEach((text, r) => {
    model.textLogits(asFeatures(text), logits);
    out.set(logits, r * 3);
  });
  return out;
}

function asFeatures(text: ExtractedText): FeatureBuffer {
  return { wordKeys: text.words, wordOrigins: new Int32Array(0), wordCount: text.words.length, charKeys: text.chars, charOrigins: new Int32Array(0), charCount: text.chars.length, negatedBy: new Int32Array(0) };
}

function fitDecision(logits: Float64Array, texts: readonly ExtractedText[], rows: readonly TrainingRow[], l2: number): { dense: Float64Array; bias: Float64Array } {
  const width = 3 + DECISION_FEATURE_COUNT;
  const dense = new Float64Array(texts.length * width);
  texts.forEach((text, r) => dense.set(decisionInputs(logits.subarray(r * 3, r * 3 + 3), text), r * width));
  const design: Design = {
    rows: texts.length, start: new Int32Array(texts.length + 1), index: new Int32Array(0), value: new Float32Array(0), sparseWidth: 0,
    dense, denseWidth: width, labels: Uint8Array.from(rows.map((r) => r.label)), weights: Float64Array.from(rows.map((r) => r.weight)),
  };
  const fit = fitSoftmax(design, { l2, maxIterations: 300 });
  return { dense: Float64Array.from(fit.dense), bias: Float64Array.from(fit.bias) };
}

// Accuracy and macro-F1 (percent, one decimal) of the cues, the model alone and the decision.
function measure(model: SentimentModel, data: Omit<ModelData, 'header'>, texts: readonly ExtractedText[], rows: readonly TrainingRow[]): Record<string, number> {
  const gold = rows.map((r) => r.label as number);
  const logits = logitsOf(model, texts);
  const modelLabels: number[] = [];
  const combined: number[] = [];
  texts.forEach((text, r) => {
    modelLabels.push(argmax([logits[r * 3]!, logits[r * 3 + 1]!, logits[r * 3 + 2]!]));
    combined.push(argmax(decisionLogits(decisionInputs(logits.subarray(r * 3, r * 3 + 3), text), data.decision, data.decisionBias)));
  });
  const round = (x: number) => Math.round(x * 10) / 10;
  const cues = accuracyAndMacroF1(gold, texts.map((t) => t.cueLabel));
  const alone = accuracyAndMacroF1(gold, modelLabels);
  const both = accuracyAndMacroF1(gold, combined);
  return {
    rows: rows.length,
    cuesAccuracy: round(cues.accuracy), cuesMacroF1: round(cues.macroF1),
    modelAccuracy: round(alone.accuracy), modelMacroF1: round(alone.macroF1),
    combinedAccuracy: round(both.accuracy), combinedMacroF1: round(both.macroF1),
  };
}

const argmax = (z: readonly number[]): number => (z[0]! >= z[1]! && z[0]! >= z[2]! ? 0 : z[1]! >= z[2]! ? 1 : 2);
