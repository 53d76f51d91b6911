// `npm run eval`: accuracy and macro-F1 of Vigía's sentiment (the decision, the cue scorer alone, the
// trained model alone) and of the baselines on every labelled set and on the held-out split of the
// training data, measured in the same run, with a reliability table of the decision's confidence on the
// held-out split. Unscored counts as neutral (a wrong answer on two-class sets).
// Flags: --errors N prints N of Vigía's mistakes per set, from the even (development) lines only.
// Each set also gets Vigía's ceiling: its own scores cut at the two thresholds that fit that set's labels
// best. Nothing ships those thresholds; the line shows how far a better decision rule alone could go, so a
// gap above it is a gap in the evidence (the vocabularies and rules), not in where the lines are drawn.
import { isScored } from '../shared/mention.ts';
import { analyzeText, type AnalyzeOptions } from '../collector/enrich/analyze.ts';
import { baselineMethods, type Method } from './baselines.ts';
import { evalDataDir } from '../test/support/eval-data.ts';
import { loadSentimentSets, sentimentDataDir, type GoldLabel, type SentimentSet } from './datasets.ts';
import { heldOutSets } from './held-out.ts';
import { scorePredictions } from './metrics.ts';
import { reliabilityTable, type Judged } from './reliability.ts';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

const toGold = (label: string): GoldLabel => (label === 'positive' ? 'pos' : label === 'negative' ? 'neg' : 'neu');

/** Vigía's scores for a set's texts (undefined when unscored). */
function vigiaScores(set: SentimentSet): (number | undefined)[] {
  return set.rows.map((row) => {
    const { sentiment } = analyzeText({ text: row.text });
    return isScored(sentiment) ? sentiment.score : undefined;
  });
}

/** The best macro-F1 over neutral bands [lo, hi] on a 0.05 grid, fitted to the set's own labels. */
export function thresholdCeiling(scores: readonly (number | undefined)[], gold: readonly GoldLabel[], classes: readonly GoldLabel[]): { macroF1: number; lo: number; hi: number } {
  const grid = Array.from({ length: 41 }, (_, i) => Math.round((-1 + i * 0.05) * 100) / 100);
  let best = { macroF1: 0, lo: 0, hi: 0 };
  for (const lo of grid) {
    for (const hi of grid) {
      if (hi < lo) continue;
      const predicted = scores.map((s): GoldLabel => (s === undefined ? 'neu' : s < lo ? 'neg' : s > hi ? 'pos' : 'neu'));
      const { macroF1 } = scorePredictions(gold, predicted, classes);
      if (macroF1 > best.macroF1) best = { macroF1, lo, hi };
    }
  }
  return best;
}

function vigia(name: string, langGiven: boolean, options: AnalyzeOptions = {}): Method {
  return {
    name,
    predict: (text, lang) => {
      const { sentiment } = analyzeText({ text, lang: langGiven ? lang : undefined }, options);
      return isScored(sentiment) ? toGold(sentiment.label) : 'neu';
    },
  };
}

function evaluate(set: SentimentSet, method: Method): { all: number; heldOut: number; accuracy: number; predictions: GoldLabel[] } {
  const classes: GoldLabel[] = set.binary ? ['neg', 'pos'] : ['neg', 'neu', 'pos'];
  const predictions = set.rows.map((row) => method.predict(row.text, row.lang));
  const gold = set.rows.map((row) => row.label);
  const all = scorePredictions(gold, predictions, classes);
  const odd = set.rows.map((row, i) => (row.line % 2 === 1 ? i : -1)).filter((i) => i >= 0);
  const heldOut = scorePredictions(odd.map((i) => gold[i]!), odd.map((i) => predictions[i]!), classes);
  return { all: all.macroF1, heldOut: heldOut.macroF1, accuracy: all.accuracy, predictions };
}

function main(): void {
  const dir = sentimentDataDir();
  const heldOut = heldOutSets();
  if (!dir) console.log(`eval: no labelled data at ${evalDataDir()}/sentiment (set VIGIA_EVAL_DATA); held-out split only`);
  if (heldOut.missing) console.log(`eval: held-out split skipped — ${heldOut.missing}`);
  const errorsArg = process.argv.indexOf('--errors');
  const showErrors = errorsArg >= 0 ? Number(process.argv[errorsArg + 1] ?? 20) : 0;
  const only = process.argv.find((arg) => arg.startsWith('--set='))?.slice(6);
  const methods = [
    vigia('Vigía', false),
    vigia('Vigía (language given)', true),
    vigia('Vigía cues alone', false, { model: 'off' }),
    vigia('Vigía model alone', false, { model: 'only', confidenceFloor: 0 }),
    ...baselineMethods(),
  ];
  const sets = [...(dir ? loadSentimentSets(dir) : []), ...heldOut.sets].filter((s) => !only || s.name.includes(only));
  const summary: string[] = [];
  for (const set of sets) {
    console.log(`\n${set.name} (${set.rows.length} texts, ${set.binary ? 'macro-F1 over neg/pos' : 'macro-F1 over neg/neu/pos'})`);
    console.log(`  ${'method'.padEnd(26)} ${'acc'.padStart(6)} ${'F1'.padStart(6)} ${'F1 odd'.padStart(7)}`);
    const f1: Record<string, number> = {};
    let best = { name: '', f1: 0 };
    for (const method of methods) {
      const result = evaluate(set, method);
      console.log(`  ${method.name.padEnd(26)} ${result.accuracy.toFixed(1).padStart(6)} ${result.all.toFixed(1).padStart(6)} ${result.heldOut.toFixed(1).padStart(7)}`);
      f1[method.name] = result.all;
      if (method.name === 'Vigía' && showErrors) printErrors(set, result.predictions, showErrors);
      if (!method.name.startsWith('Vigía') && result.all > best.f1) best = { name: method.name, f1: result.all };
    }
    const ceiling = thresholdCeiling(vigiaScores(set), set.rows.map((row) => row.label), set.binary ? ['neg', 'pos'] : ['neg', 'neu', 'pos']);
    console.log(`  ${'Vigía, fitted thresholds'.padEnd(26)} ${''.padStart(6)} ${ceiling.macroF1.toFixed(1).padStart(6)}   (Vigía's scores cut at the neutral band ${ceiling.lo} … ${ceiling.hi} fitted to these labels; not shipped)`);
    const margin = f1['Vigía']! - best.f1;
    console.log(`  → Vigía ${sign(margin)} macro-F1 points over the best baseline (goal +10), ${sign(f1['Vigía']! - f1['Vigía cues alone']!)} over the cues alone`);
    summary.push(`| ${set.name} | ${f1['Vigía cues alone']!.toFixed(1)} | ${f1['Vigía model alone']!.toFixed(1)} | ${f1['Vigía']!.toFixed(1)} | ${best.f1.toFixed(1)} ${best.name} | ${sign(margin)} |`);
  }
  if (heldOut.sets.length && !only) {
    console.log('\nReliability of the decision\'s confidence on the held-out split of the training data (never fitted on):');
    for (const set of heldOut.sets) {
      const judged: Judged[] = set.rows.map((row) => {
        const { sentiment } = analyzeText({ text: row.text });
        return isScored(sentiment) ? { confidence: sentiment.confidence, correct: toGold(sentiment.label) === row.label } : { confidence: undefined, correct: row.label === 'neu' };
      });
      console.log(` ${set.name}`);
      for (const line of reliabilityTable(judged)) console.log(line);
    }
  }
  console.log('\nmacro-F1 | cues alone | model alone | Vigía (decision) | best baseline | margin |');
  for (const line of summary) console.log(line);
}

const sign = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

function printErrors(set: SentimentSet, predictions: GoldLabel[], limit: number): void {
  let shown = 0;
  set.rows.forEach((row, i) => {
    if (shown >= limit || row.line % 2 === 1 || predictions[i] === row.label) return;
    shown++;
    const analysis = analyzeText({ text: row.text });
    console.log(`    [${row.label}→${predictions[i]}] ${row.text.slice(0, 160)}\n        ${analysis.why.filter((w) => w.startsWith('sentiment') || w.startsWith('language')).join(' | ')}`);
  });
}

main();
