import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { sentimentLabelOf } from '../../../shared/mention.ts';
import { analyzeText, type AnalyzeInput } from '../analyze.ts';
import { logitsOf } from '../corrections/baseline.ts';
import { learn } from '../corrections/layer.ts';
import { configureEnrichment, enrichmentSettings } from '../settings.ts';
import { configureBrandAspects } from '../../aspects/brand-aspects.ts';
import type { BatchMessage } from './messages.ts';
import { analyzeCorrected } from './analyze-corrected.ts';
import { analyzeBatch, closeEnrichmentPool, INLINE_MAX_CHARS } from './analyze-batch.ts';
import { EnrichPool, EnrichPoolError } from './enrich-pool.ts';
import { createClusterer } from '../../pipeline/cluster.ts';
import { detectItemLanguages } from '../../pipeline/detect-language.ts';
import { enrichBatch, enrichItems } from '../../pipeline/enrich.ts';
import { identifyItems } from '../../pipeline/identify.ts';
import { createBrandMatcher, matchBrands } from '../../pipeline/match-brands.ts';
import { normalizeItems } from '../../pipeline/normalize.ts';

const here = dirname(fileURLToPath(import.meta.url));
const MOMENTS = join(here, '../../../shared/moments/testdata');

/** The hand-written English and Spanish moment examples, with titles, ratings and brands on some. */
function mixedSample(): AnalyzeInput[] {
  const texts: AnalyzeInput[] = [];
  for (const file of readdirSync(MOMENTS).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(MOMENTS, file), 'utf8').split('\n')) {
      if (line.trim()) texts.push({ text: (JSON.parse(line) as { text: string }).text });
    }
  }
  return texts.map((input, i) => ({ ...input, ...(i % 5 === 0 ? { title: i % 2 ? 'Fatal' : 'Great' } : {}), ...(i % 7 === 0 ? { rating: (i % 5) / 4 } : {}), ...(i % 3 === 0 ? { brand: ['Lumora'] } : {}) }));
}

const CORRECTED = 'Switched to #Lumora… No regrets';
const baseline = (text: string, lang: string) => logitsOf(analyzeText({ text, lang }).sentiment);
const correctedLayer = () => learn([{ text: CORRECTED, lang: 'en', label: 'positive' }], { baseline, anchors: [{ text: 'Lumora raised the price again', lang: 'en' }] });

let pool: EnrichPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  configureEnrichment({ model: 'on' });
  configureBrandAspects([]);
});

/** Records what the pool posts to `worker`. */
function spyOn(worker: Worker, posted: BatchMessage[]): void {
  const post = worker.postMessage.bind(worker);
  worker.postMessage = (message: BatchMessage) => (posted.push(message), post(message));
}

describe('the enrichment pool', () => {
  it('gives the same analyses as inline enrichment, in order, on a mixed English and Spanish sample with a corrected text', { timeout: 120_000 }, async () => {
    const sample = [...mixedSample(), { text: CORRECTED, lang: 'en' }, { text: 'Just switched to Lumora, no regrets at all' }];
    const langs = new Set(sample.map((input) => analyzeText(input).lang));
    expect(langs).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...langs]).toEqual(expect.arrayContaining(['en', 'es']));
    const layer = correctedLayer();
    pool = new EnrichPool({ size: 2 });
    const pooled = await pool.analyze(sample, { layer });
    expect(pooled).toEqual(sample.map((input) => analyzeCorrected(input, layer)));
    expect(sentimentLabelOf(pooled!.at(-2)!.sentiment)).toBe('positive');
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(sample.map((input) => analyzeCorrected(input, layer))));
  });

  it('sends a new correction layer to threads that hold an older one', { timeout: 120_000 }, async () => {
    pool = new EnrichPool({ size: 1 });
    const sample = Array.from({ length: 40 }, () => ({ text: CORRECTED, lang: 'en' }));
    const without = await pool.analyze(sample, { layer: learn([], { baseline }) });
    expect(sentimentLabelOf(without![0]!.sentiment)).not.toBe('positive');
    const withCorrection = await pool.analyze(sample, { layer: correctedLayer() });
    expect(withCorrection!.map((a) => sentimentLabelOf(a.sentiment))).toEqual(sample.map(() => 'positive'));
  });

  it('applies the process\'s enrichment settings in the threads (model off: the cues alone)', { timeout: 120_000 }, async () => {
    const sample = mixedSample().slice(0, 60);
    configureEnrichment({ model: 'off' });
    const cuesAlone = sample.map((input) => analyzeText(input));
    expect(cuesAlone).not.toEqual(sample.map((input) => analyzeText(input, { model: 'on' })));
    pool = new EnrichPool({ size: 2 });
    expect(await pool.analyze(sample)).toEqual(cuesAlone);
  });

  it('sends changed settings and brand aspects to threads that hold older ones, and only then', { timeout: 120_000 }, async () => {
    const sample = [...mixedSample().slice(0, 40), { text: 'The wifi was useless', lang: 'en' }];
    const posted: BatchMessage[] = [];
    pool = new EnrichPool({ size: 2, onWorker: (worker) => spyOn(worker, posted) });
    expect(await pool.analyze(sample)).toEqual(sample.map((input) => analyzeText(input)));
    configureEnrichment({ model: 'off' });
    configureBrandAspects([{ name: 'Sol', aspects: { 'wifi-onboard': ['wifi'] } }]);
    const changed = await pool.analyze(sample);
    expect(changed).toEqual(sample.map((input) => analyzeText(input)));
    expect(changed!.at(-1)!.aspects?.map((a) => a.aspect)).toEqual(['wifi-onboard']);
    await pool.analyze(sample);
    // Each thread got the settings and the aspects once per change: with its first batch, and after the change.
    expect(posted.filter((m) => m.settings).length).toBe(4);
    expect(posted.filter((m) => m.brandAspects).length).toBe(4);
    expect(posted.length).toBeGreaterThan(6);
  });

  it('survives a thread that dies: it is replaced and the batch still comes back whole', { timeout: 120_000 }, async () => {
    const workers: Worker[] = [];
    pool = new EnrichPool({ size: 2, onWorker: (worker) => (workers.push(worker), workers.length === 1 && void worker.terminate()) });
    const sample = mixedSample().slice(0, 100);
    expect(await pool.analyze(sample)).toEqual(sample.map((input) => analyzeCorrected(input)));
    expect(workers.length).toBeGreaterThan(2);
  });

  it('fails a batch with a clear error when its threads keep dying, and keeps working afterwards', { timeout: 120_000 }, async () => {
    let kill = true;
    pool = new EnrichPool({ size: 1, onWorker: (worker) => kill && void worker.terminate() });
    await expect(pool.analyze(mixedSample().slice(0, 16))).rejects.toThrow(EnrichPoolError);
    await expect(pool.analyze(mixedSample().slice(0, 16))).rejects.toThrow(/enrich: an enrichment thread stopped 2 times on a batch of 16 texts/);
    kill = false;
    expect(await pool.analyze([{ text: 'Great support, thanks!' }])).toEqual([analyzeText({ text: 'Great support, thanks!' })]);
  });

  it('stops handing out work once nobody waits for it', { timeout: 120_000 }, async () => {
    pool = new EnrichPool({ size: 1 });
    expect(await pool.analyze(mixedSample(), { gone: () => true })).toBeUndefined();
  });
});

describe('analyzeBatch', () => {
  afterEach(async () => {
    delete process.env.VIGIA_ENRICH_WORKERS;
    await closeEnrichmentPool();
  });

  it('is the same inline, in the pool, and with the pool turned off', { timeout: 120_000 }, async () => {
    const sample = mixedSample();
    expect(sample.reduce((n, i) => n + i.text.length, 0)).toBeGreaterThan(INLINE_MAX_CHARS);
    const layer = correctedLayer();
    const pooled = await analyzeBatch(sample, { layer });
    process.env.VIGIA_ENRICH_WORKERS = '0';
    expect(await analyzeBatch(sample, { layer })).toEqual(pooled);
    expect(pooled).toEqual(sample.map((input) => analyzeCorrected(input, layer)));
  });

  it('refuses a VIGIA_ENRICH_WORKERS that is not a count', { timeout: 120_000 }, async () => {
    process.env.VIGIA_ENRICH_WORKERS = 'lots';
    await expect(analyzeBatch([{ text: 'hola' }])).rejects.toThrow(/VIGIA_ENRICH_WORKERS must be a whole number/);
    expect(enrichmentSettings().model).toBe('on');
  });

  it('never holds the process open: a script that used the pool and did not close it exits', { timeout: 120_000 }, async () => {
    const script = `import { analyzeBatch } from ${JSON.stringify(join(here, 'analyze-batch.ts'))};
      const texts = Array.from({ length: 400 }, (_, i) => ({ text: i % 2 ? 'El router falla cada noche, fatal servicio' : 'Great support, they fixed it in minutes' }));
      const results = await analyzeBatch(texts);
      console.log(results.length);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: join(here, '../../..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect({ code, out: out.trim() }).toEqual({ code: 0, out: '400' });
  });
});

describe('enrichBatch (a collection run)', () => {
  afterEach(closeEnrichmentPool);

  it('makes the same mentions from a large feed on the threads as enrichItems does inline', { timeout: 120_000 }, async () => {
    const raw = mixedSample().map((input, i) => ({ guid: `g${i}`, publishedAt: '2026-11-23T09:00:00Z', title: input.title, content: `Lumora: ${input.text}` }));
    const items = matchBrands(detectItemLanguages(identifyItems(normalizeItems(raw, { id: 'test', platform: 'mastodon' }))), createBrandMatcher([{ name: 'Lumora', query: 'lumora' }]));
    expect(items.length).toBe(raw.length);
    const now = new Date('2026-11-23T12:00:00Z');
    const layer = correctedLayer();
    expect(await enrichBatch(items, now, createClusterer([]), layer)).toEqual(enrichItems(items, now, createClusterer([]), layer));
  });
});
