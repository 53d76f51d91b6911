// `tsx eval/ablation.ts`: Vigía's macro-F1 with one part of the lexicon or scorer changed at a time, on the
// even (development) and odd (held-out) lines of every set, to show what each part adds or costs.
import { isScored } from '../shared/mention.ts';
import { analyzeText } from '../collector/enrich/analyze.ts';
import type { SentimentOptions } from '../collector/enrich/sentiment.ts';
import { loadSentimentSets, sentimentDataDir, type GoldLabel } from './datasets.ts';
import { scorePredictions } from './metrics.ts';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

const VARIANTS: Record<string, SentimentOptions> = {
  shipped: {},
  'no stems': { stems: false },
  'no senticon': { senticon: false },
  'English senticon': { englishSenticon: true },
  'all senticon': { senticon: { a: 0, n: 0, v: 0, r: 0 } },
  'senticon + nouns': { senticon: { a: 0.25, r: 0.5, v: 0.5, n: 0.5 } },
  'senticon no verbs': { senticon: { a: 0.5, r: 0.5 } },
  'senticon neg adj 0.25': { senticon: { a: 0.5, r: 0.5, v: 0.5, negative: { a: 0.25 } } },
  'senticon neg adj 0.3 n 0.5': { senticon: { a: 0.5, r: 0.5, v: 0.5, negative: { a: 0.3, n: 0.5 } } },
  'senticon weak adj': { senticon: { a: 0.25, r: 0.5, v: 0.5 } },
  'pattern 0.3/0.4': { pattern: { polarity: 0.3, subjectivity: 0.4 } },
  'pattern 0.4/0.6': { pattern: { polarity: 0.4, subjectivity: 0.6 } },
  'negative × 1': { negativeWeight: 1 },
  'negative × 1.15': { negativeWeight: 1.15 },
  'negative × 1.3': { negativeWeight: 1.3 },
  'negative × 2': { negativeWeight: 2 },
  'no pattern': { pattern: false },
  'nouns × 0.5': { nounWeight: 0.5 },
  'nouns × 0.7': { nounWeight: 0.7 },
  'mixed ≥ 0.6 neutral': { mixedAbove: 0.6 },
  'mixed ≥ 0.7 neutral': { mixedAbove: 0.7 },
  'mixed ≥ 0.8 neutral': { mixedAbove: 0.8 },
  'mixed 0.7, neg × 1.2': { mixedAbove: 0.7, negativeWeight: 1.2 },
  'balance': { squash: 'balance' },
  'balance, neutral 0.3': { squash: 'balance', neutralBelow: 0.3 },
  'balance, neutral 0.15': { squash: 'balance', neutralBelow: 0.15 },
  'neutral below 0.1': { neutralBelow: 0.1 },
  'neutral below 0.3': { neutralBelow: 0.3 },
};

const dir = sentimentDataDir();
if (!dir) {
  console.log('ablation: skipped — no labelled data (set VIGIA_EVAL_DATA)');
} else {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const sets = loadSentimentSets(dir);
  console.log(`${'variant'.padEnd(20)} ${sets.map((s) => s.name.replace(/^(en|es)_/, '').slice(0, 14).padStart(15)).join('')}   (dev/held-out macro-F1)`);
  for (const [name, options] of Object.entries(VARIANTS)) {
    if (only.length && !only.includes(name)) continue;
    const cells = sets.map((set) => {
      const classes: GoldLabel[] = set.binary ? ['neg', 'pos'] : ['neg', 'neu', 'pos'];
      const halves = [0, 1].map((parity) => {
        const rows = set.rows.filter((row) => row.line % 2 === parity);
        const predicted = rows.map((row) => {
          const { sentiment } = analyzeText({ text: row.text, lang: row.lang }, options);
          return isScored(sentiment) ? (sentiment.label.slice(0, 3) as GoldLabel) : 'neu';
        });
        return scorePredictions(rows.map((r) => r.label), predicted, classes).macroF1;
      });
      return `${halves[0]!.toFixed(1)}/${halves[1]!.toFixed(1)}`.padStart(15);
    });
    console.log(`${name.padEnd(20)} ${cells.join('')}`);
  }
}
