// `tsx eval/language.ts`: accuracy and speed of the language detectors on the labelled sentiment sets'
// `lang` fields and on our own short texts in seven languages; the basis for choosing eld (DESIGN: one
// well-kept library) and for Vigía's function-word shortcut in front of it.
import { franc } from 'franc';
import { eld as eldLarge } from 'eld/large';
import { eld as eldMedium } from 'eld/medium';
import { eld as eldSmall } from 'eld/small';
import { detect as tinyld } from 'tinyld';
import { detectLanguage } from '../collector/enrich/language.ts';
import { loadSentimentSets, sentimentDataDir } from './datasets.ts';
import { LANGUAGE_SAMPLES } from './language-samples.ts';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

const ISO3: Record<string, string> = { eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', cat: 'ca', glg: 'gl', nld: 'nl' };
const DETECTORS: Record<string, (text: string) => string> = {
  'Vigía (eld medium + markers)': (text) => detectLanguage(text).lang,
  'eld medium': (text) => eldMedium.detect(text).language || 'und',
  'eld large': (text) => eldLarge.detect(text).language || 'und',
  'eld small': (text) => eldSmall.detect(text).language || 'und',
  tinyld: (text) => tinyld(text) || 'und',
  franc: (text) => ISO3[franc(text)] ?? franc(text),
};

const sets: { name: string; rows: { text: string; lang: string }[] }[] = [];
const dir = sentimentDataDir();
if (dir) for (const set of loadSentimentSets(dir)) sets.push({ name: set.name, rows: set.rows });
else console.log('language eval: labelled sentiment data absent (set VIGIA_EVAL_DATA); own samples only');
sets.push({ name: 'own short texts (7 languages)', rows: LANGUAGE_SAMPLES.map(([lang, text]) => ({ lang, text })) });

for (const detect of Object.values(DETECTORS)) detect('warm up the detector');
console.log(`${'set'.padEnd(30)} ${Object.keys(DETECTORS).map((n) => n.padStart(29)).join('')}`);
for (const set of sets) {
  const cells = Object.values(DETECTORS).map((detect) => {
    const started = performance.now();
    const correct = set.rows.filter((row) => detect(row.text) === row.lang).length;
    const rate = set.rows.length / ((performance.now() - started) / 1000);
    return `${((100 * correct) / set.rows.length).toFixed(1)}% ${Math.round(rate).toLocaleString('en')}/s`.padStart(29);
  });
  console.log(`${set.name.padEnd(30)} ${cells.join('')}`);
}
