import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.ts';
import { logitsOf } from '../corrections/baseline.ts';
import { learn } from '../corrections/layer.ts';
import { closeEnrichmentPool, enrichMentionBatch } from './analyze-batch.ts';
import { EnrichPool } from './enrich-pool.ts';
import { createClusterer } from '../../pipeline/cluster.ts';
import { enrichItems, mentionInputOf, mentionsOf } from '../../pipeline/enrich.ts';
import { identifyItems } from '../../pipeline/identify.ts';
import { createBrandMatcher, matchForCollection, matchWithLanguages } from '../../pipeline/match-brands.ts';
import { normalizeItems } from '../../pipeline/normalize.ts';

const MOMENTS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/moments/testdata');

/** The hand-written moment examples as a feed's items about Lumora, English and Spanish, some with a title or a language hint. */
function feedItems() {
  const texts = readdirSync(MOMENTS)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(join(MOMENTS, file), 'utf8').split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { text: string }).text));
  const raw = texts.map((text, i) => ({ guid: `g${i}`, publishedAt: '2026-11-23T09:00:00Z', title: i % 4 === 0 ? 'Lumora' : undefined, content: `Lumora: ${text}`, lang: i % 9 === 0 ? 'es' : undefined, reach: i % 5 === 0 ? i * 10 : undefined }));
  return identifyItems(normalizeItems(raw, { id: 'test', platform: 'mastodon' }));
}

const baseline = (text: string, lang: string) => logitsOf(analyzeText({ text, lang }).sentiment);
const layer = () => learn([{ text: 'Switched to #Lumora… No regrets', lang: 'en', label: 'positive' }], { baseline });

describe('a collection run enriching its items as mentions', () => {
  afterEach(closeEnrichmentPool);

  it('makes on the threads, with languages detected there, the mentions enrichItems makes inline', { timeout: 120_000 }, async () => {
    const items = feedItems();
    const matcher = createBrandMatcher([{ name: 'Lumora', query: 'lumora' }]);
    const now = new Date('2026-11-23T12:00:00Z');
    const corrections = layer();
    const inline = enrichItems(matchWithLanguages(items, matcher), now, createClusterer([]), corrections);
    const collected = matchForCollection(items, matcher);
    expect(collected.length).toBe(items.length);
    expect(collected.every((item) => item.lang === undefined)).toBe(true);
    const enriched = await enrichMentionBatch(collected.map(mentionInputOf), now.toISOString(), { layer: corrections });
    const pooled = mentionsOf(collected, enriched, now, createClusterer([]));
    expect(pooled).toEqual(inline);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(inline));
    expect(new Set(pooled.map((m) => m.lang))).toEqual(new Set(['en', 'es']));
  });

  it('warms every thread ahead of a batch, and the batch comes out the same', { timeout: 120_000 }, async () => {
    const started: Worker[] = [];
    const pool = new EnrichPool({ size: 2, onWorker: (worker) => started.push(worker) });
    try {
      pool.warm();
      expect(started.length).toBe(2);
      const sample = feedItems().slice(0, 40).map((item) => ({ text: item.text, title: item.title }));
      expect(await pool.analyze(sample)).toEqual(sample.map((input) => analyzeText(input)));
      expect(started.length).toBe(2);
    } finally {
      await pool.close();
    }
  });
});
