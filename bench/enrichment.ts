// Benchmark: texts per second on one core for the full enrichment (language, sentiment with the trained
// model, moment, stage), the same with the cues alone, bare natural AFINN and vader-sentiment, measured in
// the same run on the same texts; and what loading the sentiment models costs in time and memory.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../collector/enrich/analyze.ts';
import { sentimentModel } from '../collector/enrich/model/model.ts';

export const name = 'enrichment';

const require = createRequire(import.meta.url);
const TESTDATA = join(dirname(fileURLToPath(import.meta.url)), '../shared/moments/testdata');

/** Short social texts and reviews: 1–3 sentences from the hand-written moment examples, same language. */
export function sampleTexts(count: number): Sample[] {
  const pool: Record<string, string[]> = { en: [], es: [] };
  for (const file of readdirSync(TESTDATA).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(TESTDATA, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text, lang } = JSON.parse(line) as { text: string; lang: string };
      pool[lang]?.push(...text.split(/(?<=[.!?])\s+/));
    }
  }
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  return Array.from({ length: count }, (_, i) => {
    const lang = i % 2 === 0 ? 'en' : 'es';
    const sentences = pool[lang]!;
    const parts = Array.from({ length: 1 + next(3) }, () => sentences[next(sentences.length)]!);
    return { text: parts.join(' '), lang };
  });
}

type Sample = { text: string; lang: string };
/** Rounds per method, interleaved: the best round counts, so a busy machine slows all methods alike. */
const ROUNDS = 4;

function rate(texts: readonly Sample[], work: (t: Sample) => unknown): number {
  const started = performance.now();
  for (const t of texts) work(t);
  return texts.length / ((performance.now() - started) / 1000);
}

/** Texts per second of each method: warm-up, then ROUNDS interleaved rounds, best round kept. */
function measure(methods: Record<string, { texts: readonly Sample[]; work: (t: Sample) => unknown }>): Record<string, number> {
  const best: Record<string, number> = {};
  for (const [name, { texts, work }] of Object.entries(methods)) (rate(texts.slice(0, 2000), work), (best[name] = 0));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, { texts, work }] of Object.entries(methods)) best[name] = Math.max(best[name]!, rate(texts, work));
  }
  for (const name of Object.keys(best)) best[name] = Math.round(best[name]!);
  return best;
}

export async function run(options: { texts?: number } = {}): Promise<{ name: string; metrics: Record<string, number>; lines: string[] }> {
  const texts = sampleTexts(options.texts ?? 20_000);
  const loadStarted = performance.now();
  analyzeText({ text: 'warm up: good', lang: 'en' }, { model: 'off' });
  analyzeText({ text: 'calentar: bueno', lang: 'es' }, { model: 'off' });
  const loadMs = Math.round(performance.now() - loadStarted);
  // The models load lazily, on the first text of their language: time and memory of that step alone.
  const memoryBefore = memoryInUse();
  const modelStarted = performance.now();
  for (const lang of ['en', 'es'] as const) {
    const model = sentimentModel(lang);
    if (model instanceof Error) throw model;
  }
  const modelLoadMs = Math.round(performance.now() - modelStarted);
  const modelMegabytes = Math.round((memoryInUse() - memoryBefore) / 1e5) / 10;
  const modelFileKilobytes = (['en', 'es'] as const).map((lang) => Math.round((sentimentModel(lang) as { fileBytes: number }).fileBytes / 1024));

  process.env.DOTENV_CONFIG_QUIET ??= 'true'; // natural loads dotenv, which prints unless told not to
  const natural = require('natural') as typeof import('natural');
  const afinn = { en: new natural.SentimentAnalyzer('English', undefined, 'afinn'), es: new natural.SentimentAnalyzer('Spanish', undefined, 'afinn') };
  const tokenizers = { en: new natural.WordTokenizer(), es: new natural.AggressiveTokenizerEs() };
  const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): unknown } };

  // vader is ~10× slower: a fifth of the texts per round keeps the run short.
  const rates = measure({
    vigia: { texts, work: ({ text }) => analyzeText({ text }, { model: 'on' }) },
    vigiaGiven: { texts, work: ({ text, lang }) => analyzeText({ text, lang }, { model: 'on' }) },
    vigiaNoAspects: { texts, work: ({ text }) => analyzeText({ text }, { model: 'on', aspects: false }) },
    vigiaCues: { texts, work: ({ text }) => analyzeText({ text }, { model: 'off' }) },
    naturalAfinn: {
      texts,
      work: ({ text, lang }) => {
        const l = lang === 'es' ? 'es' : 'en';
        return afinn[l].getSentiment(tokenizers[l].tokenize(text));
      },
    },
    vader: { texts: texts.slice(0, Math.ceil(texts.length / 5)), work: ({ text }) => vader.SentimentIntensityAnalyzer.polarity_scores(text) },
  });
  const { vigia = 0, vigiaGiven = 0, vigiaNoAspects = 0, vigiaCues = 0, naturalAfinn = 0, vader: vaderRate = 0 } = rates;
  const averageChars = Math.round(texts.reduce((n, t) => n + t.text.length, 0) / texts.length);

  const metrics = { texts: texts.length, averageChars, loadMs, modelLoadMs, modelMegabytes, vigia, vigiaLanguageGiven: vigiaGiven, vigiaWithoutAspects: vigiaNoAspects, vigiaCuesAlone: vigiaCues, naturalAfinn, vader: vaderRate };
  const ratio = (x: number, y: number): string => `${(x / y).toFixed(x >= y ? 1 : 2)}×`;
  const lines = [
    `enrichment: ${texts.length} English and Spanish texts (${averageChars} characters on average), one core, best of ${ROUNDS} interleaved rounds`,
    `  Vigía full enrichment, sentiment model on (language + model and cues + moment + stage + aspects): ${vigia.toLocaleString('en')} texts/s (must ≥ 10,000; goal 20,000)`,
    `  Vigía with the language given by the source:                   ${vigiaGiven.toLocaleString('en')} texts/s`,
    `  Vigía without aspects (what the aspects cost, same run):       ${vigiaNoAspects.toLocaleString('en')} texts/s`,
    `  Vigía with the cues alone (enrichment.model "off"):            ${vigiaCues.toLocaleString('en')} texts/s`,
    `  bare natural AFINN (tokenize + score):                         ${naturalAfinn.toLocaleString('en')} texts/s`,
    `  vader-sentiment:                                               ${vaderRate.toLocaleString('en')} texts/s`,
    `  ratios: Vigía / vader ${ratio(vigia, vaderRate)} (must ≥ 2×), Vigía / natural AFINN ${ratio(vigia, naturalAfinn)}, Vigía / cues alone ${ratio(vigia, vigiaCues)}`,
    `  first call (vocabularies load): ${loadMs} ms`,
    `  sentiment models (en + es, ${modelFileKilobytes.join(' + ')} KB files): load ${modelLoadMs} ms, about ${modelMegabytes} MB of memory`,
  ];
  return { name, metrics, lines };
}

/** Heap and array buffers in use, after a collection when the process allows one (node --expose-gc). */
function memoryInUse(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

export default { name, run };
