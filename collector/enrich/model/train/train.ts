// `npm run train`: trains the English and Spanish sentiment models from the corpora of the manifest (read
// from VIGIA_TRAIN_DATA) and writes collector/enrich/model/{en,es}.bin with the terms they carry.
//   --terms commercial   only corpora whose terms plainly allow commercial use (plus --corrections)
//   --manifest FILE      another manifest (same shape as train/manifest.json)
//   --corrections FILE   your own labelled texts, JSON lines {text, lang, label}
//   --lang en|es         one language only        --out DIR   write the models elsewhere
// Same data and settings → the same bytes: nothing here is random, and no date goes into the file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { ScoredLanguage } from '../../natural-vocabulary.ts';
import { DECISION_FEATURES } from '../cue-features.ts';
import { FEATURE_VERSION } from '../hashing.ts';
import { encodeModel, FORMAT, type ModelHeader } from '../model-file.ts';
import { modelFileUrl } from '../model.ts';
import { DEFAULT_MANIFEST, loadManifest, missingCorpora, readCorpora, trainDataDir, type Corpus, type TrainingRow } from './corpora.ts';
import { readCorrections } from './corrections.ts';
import { trainLanguage, type TrainSettings } from './fit-language.ts';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

const DEFAULTS = { minCount: 2, wordWeight: 1, charWeight: 1, keep: 100_000, epochs: 4, learningRate: 0.2, l2: 1e-5, seed: 20240611, decisionL2: 1e-3, outOfDomainShare: 1 };

/** Calibration and test rows kept per corpus (each): enough to fit a few dozen numbers and measure. */
const HELD_ROWS = 2500;

function main(): number {
  const { values } = parseArgs({
    options: {
      terms: { type: 'string', default: 'any' },
      manifest: { type: 'string', default: DEFAULT_MANIFEST },
      corrections: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'string' },
      'min-count': { type: 'string' },
      'char-weight': { type: 'string' },
      epochs: { type: 'string' },
      rate: { type: 'string' },
      l2: { type: 'string' },
    },
  });
  if (values.terms !== 'any' && values.terms !== 'commercial') return fail(`--terms must be "commercial" or "any", not "${values.terms}"`);
  if (values.lang && values.lang !== 'en' && values.lang !== 'es') return fail(`--lang must be en or es, not "${values.lang}"`);
  const manifest = loadManifest(values.manifest);
  const dir = trainDataDir();
  const corpora = manifest.corpora.filter((c) => values.terms === 'any' || c.commercial);
  const excluded = manifest.corpora.filter((c) => !corpora.includes(c));
  if (excluded.length) {
    console.log(`train: --terms commercial leaves out ${excluded.length} of ${manifest.corpora.length} corpora, whose terms do not allow commercial use:`);
    for (const c of excluded) console.log(`  ${c.file}: ${c.terms}`);
    console.log(corpora.length ? `train: training on ${corpora.map((c) => c.file).join(', ')}` : 'train: no corpus of the manifest allows commercial use; only your corrections remain');
  }
  const missing = missingCorpora(corpora, manifest, dir);
  if (missing.length) {
    return fail(
      `the training data is missing: ${missing.length} of ${corpora.length} corpora not found:\n${missing.map((m) => `  ${m}`).join('\n')}\n` +
        `Set VIGIA_TRAIN_DATA to the folder that holds them (now: ${dir}), or pass --manifest FILE. The shipped models keep working without it.`,
    );
  }
  const corrections = values.corrections ? readCorrections(values.corrections) : [];
  const settings: TrainSettings = {
    ...DEFAULTS,
    minCount: Number(values['min-count'] ?? DEFAULTS.minCount),
    charWeight: Number(values['char-weight'] ?? DEFAULTS.charWeight),
    keep: Number(values.keep ?? DEFAULTS.keep),
    epochs: Number(values.epochs ?? DEFAULTS.epochs),
    learningRate: Number(values.rate ?? DEFAULTS.learningRate),
    l2: Number(values.l2 ?? DEFAULTS.l2),
  };
  const languages: ScoredLanguage[] = values.lang ? [values.lang as ScoredLanguage] : ['en', 'es'];
  for (const lang of languages) {
    const { rows, skipped } = readCorpora(corpora, manifest, lang, dir, HELD_ROWS);
    const own = corrections.filter((row) => row.lang === lang);
    const all: TrainingRow[] = [...rows, ...own];
    if (skipped) console.log(`train: ${lang}: ${skipped} rows that are not {text, label} skipped`);
    if (all.length === 0) return fail(`nothing to train for ${lang}: no corpus fits --terms ${values.terms} and no ${lang} corrections were given (--corrections FILE)`);
    const families = new Map(corpora.map((c) => [c.file.replace(/\.jsonl$/, ''), c.family ?? c.file]));
    const result = trainLanguage(lang, all, settings, (line) => console.log(`train: ${line}`), (corpus) => families.get(corpus) ?? corpus);
    const used = corpora.filter((corpus) => corpus.lang === lang);
    const header = headerFor(lang, used, own.length, all, { ...settings }, result.heldOut);
    const bytes = encodeModel({ header, ...result.data });
    const file = values.out ? join(values.out, `${lang}.bin`) : modelFileUrl(lang);
    writeFileSync(file, bytes);
    console.log(`train: ${lang}: wrote ${String(file).replace(/^file:\/\//, '')}: ${result.counts.kept} features, ${(bytes.length / 1024).toFixed(0)} KB (${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzipped)`);
  }
  return 0;
}

function headerFor(lang: ScoredLanguage, corpora: readonly Corpus[], corrections: number, rows: readonly TrainingRow[], settings: ModelHeader['settings'], heldOut: Record<string, number>): ModelHeader {
  const count = (name: string) => rows.filter((row) => row.corpus === name && row.split === 'train').length;
  const trainedOn = corpora.map((c) => ({ corpus: c.file.replace(/\.jsonl$/, ''), domain: c.domain, source: c.source, terms: c.terms, commercial: c.commercial, rows: count(c.file.replace(/\.jsonl$/, '')) }));
  if (corrections) trainedOn.push({ corpus: 'corrections', domain: 'your own corrections', source: 'the --corrections file', terms: 'your own', commercial: true, rows: count('corrections') });
  const commercialUse = trainedOn.every((c) => c.commercial);
  const notice =
    `Vigía sentiment model (${lang}), trained on ${trainedOn.map((c) => `${c.corpus} (${c.terms})`).join('; ')}. ` +
    (commercialUse
      ? 'Every source trained on allows commercial use.'
      : 'These weights carry the terms of that data: research and non-commercial use. For other uses, train your own with `npm run train -- --terms commercial --corrections FILE`, or set enrichment.model to "off".');
  return { format: FORMAT, featureVersion: FEATURE_VERSION, lang, notice, trainedOn, commercialUse, settings, heldOut, decisionInputs: ['model: negative', 'model: neutral', 'model: positive', ...DECISION_FEATURES] };
}

function fail(message: string): number {
  console.error(`train: ${message}`);
  return 1;
}

try {
  process.exitCode = main();
} catch (error) {
  // A bad manifest, corrections file or split says what is wrong, not where in the code it was noticed.
  process.exitCode = fail((error as Error).message.replace(/^train: /, ''));
}
