// `npm run eval` (aspects part): aspect and aspect-sentiment F1 on the hand-labelled aspect set
// (shared/aspects/testdata), through the collector's own steps: language and sentiment (analyzeText), then
// the aspects with their sentiments. The held-out part is measured, never read while tuning; `--errors`
// lists the mistakes of the development part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aspectsOf } from '../collector/aspects/aspect-sentiment.ts';
import { analyzeText } from '../collector/enrich/analyze.ts';
import type { MentionAspect } from '../shared/aspects/aspect-ids.ts';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

interface LabelledAspects {
  id: string;
  text: string;
  lang: 'en' | 'es';
  domain: string;
  aspects: { aspect: string; sentiment: string }[];
}

const TESTDATA = join(import.meta.dirname, '../shared/aspects/testdata');
const load = (file: string): LabelledAspects[] =>
  readFileSync(join(TESTDATA, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledAspects);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = ({ tp, fp, fn }: Counts): string => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return `F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(2)} (P ${p.toFixed(2)} R ${r.toFixed(2)})`;
};

function compare(gold: string[], said: string[], counts: Counts): void {
  for (const g of gold) said.includes(g) ? counts.tp++ : counts.fn++;
  for (const s of said) if (!gold.includes(s)) counts.fp++;
}

/** The aspects as the collector reads them, and — the baseline — the same aspects all given the post's label. */
function predict(example: LabelledAspects): { said: MentionAspect[]; postLabel: MentionAspect[] } {
  const analysis = analyzeText({ text: example.text });
  const said = aspectsOf({ text: example.text, lang: analysis.lang, sentiment: analysis.sentiment });
  const label = 'label' in analysis.sentiment ? analysis.sentiment.label : 'neutral';
  return { said, postLabel: said.map((a) => ({ ...a, sentiment: label })) };
}

function report(name: string, examples: LabelledAspects[], showErrors: boolean): void {
  const aspect: Counts = { tp: 0, fp: 0, fn: 0 };
  const withSentiment: Counts = { tp: 0, fp: 0, fn: 0 };
  const baseline: Counts = { tp: 0, fp: 0, fn: 0 };
  const perAspect = new Map<string, Counts>();
  const perLang = { en: { tp: 0, fp: 0, fn: 0 }, es: { tp: 0, fp: 0, fn: 0 } };
  for (const example of examples) {
    const { said, postLabel } = predict(example);
    const goldAspects = example.aspects.map((a) => a.aspect);
    const saidAspects = said.map((a) => a.aspect);
    compare(goldAspects, saidAspects, aspect);
    compare(goldAspects, saidAspects, perLang[example.lang]);
    compare(example.aspects.map((a) => `${a.aspect}:${a.sentiment}`), said.map((a) => `${a.aspect}:${a.sentiment}`), withSentiment);
    compare(example.aspects.map((a) => `${a.aspect}:${a.sentiment}`), postLabel.map((a) => `${a.aspect}:${a.sentiment}`), baseline);
    for (const id of new Set([...goldAspects, ...saidAspects])) compare(goldAspects.filter((a) => a === id), saidAspects.filter((a) => a === id), perAspect.get(id) ?? perAspect.set(id, { tp: 0, fp: 0, fn: 0 }).get(id)!);
    const wrong = example.aspects.map((a) => `${a.aspect}:${a.sentiment}`).sort().join(' ') !== said.map((a) => `${a.aspect}:${a.sentiment}`).sort().join(' ');
    if (showErrors && wrong) console.log(`    ${example.id} gold [${example.aspects.map((a) => `${a.aspect}:${a.sentiment}`).join(' ')}] said [${said.map((a) => `${a.aspect}:${a.sentiment}${a.cue ? `(${a.cue})` : ''}`).join(' ')}] ${example.text}`);
  }
  console.log(`\n${name} (${examples.length} sentences, ${examples.filter((e) => e.lang === 'en').length} English, ${examples.filter((e) => e.lang === 'es').length} Spanish)`);
  console.log(`  aspect            ${f1(aspect)}   English ${f1(perLang.en)} · Spanish ${f1(perLang.es)}`);
  console.log(`  aspect+sentiment  ${f1(withSentiment)}   (each aspect given the whole post's label instead: ${f1(baseline)})`);
  console.log(`  per aspect: ${[...perAspect].sort(([a], [b]) => a.localeCompare(b)).map(([id, c]) => `${id} ${f1(c).slice(3, 7)}`).join(' · ')}`);
}

const showErrors = process.argv.includes('--errors');
console.log('Aspects: micro-averaged over (sentence, aspect) pairs; aspect+sentiment counts a pair right only with its sentiment.');
report('development set (shared/aspects/testdata/aspect-set.jsonl)', load('aspect-set.jsonl'), showErrors);
report('held-out set (shared/aspects/testdata/aspect-held-out.jsonl)', load('aspect-held-out.jsonl'), false);
