import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sentimentLabelOf } from '../../../shared/mention.ts';
import { enrichItems } from '../../pipeline/enrich.ts';
import type { MatchedItem } from '../../pipeline/match-brands.ts';
import { openSqliteStore } from '../../store/sqlite-store.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { analyzeText } from '../analyze.ts';
import { installationLayer, SENTIMENT_LAYER } from './installation-layer.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-layer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const item = (id: string, text: string): MatchedItem => ({
  id, source: 'rss', platform: 'rss', kind: 'post', url: `https://example.com/${id}`, text, lang: 'en', matches: [],
}) as unknown as MatchedItem;

it('a correction changes the next score of the same and of a similar text at ingest, and every process loads the stored layer', async () => {
  const file = join(dir, 'vigia.db');
  const store = openSqliteStore(file);
  const other = openSqliteStore(file);
  try {
    const wrong = makeMention({ text: 'Switched to #Lumora… No regrets', lang: 'en', sentiment: analyzeText({ text: 'Switched to #Lumora… No regrets', lang: 'en' }).sentiment });
    expect(sentimentLabelOf(wrong.sentiment)).not.toBe('positive');
    await store.insertMentions([wrong]);
    const next = () => enrichItems([item('a', 'Switched to #Lumora… No regrets'), item('b', 'Just switched to Lumora, no regrets at all'), item('c', 'The router keeps dropping every evening')], new Date());
    const before = next();
    expect((await installationLayer(store)).examples).toBe(0);

    await store.team.correctSentiment(wrong.id, { label: 'positive' }, { by: 'ana', at: new Date().toISOString() });
    const layer = await installationLayer(store);
    expect(layer.examples).toBe(1);
    const after = enrichItems([item('a', 'Switched to #Lumora… No regrets'), item('b', 'Just switched to Lumora, no regrets at all'), item('c', 'The router keeps dropping every evening')], new Date(), undefined, layer);
    expect(after.map((m) => sentimentLabelOf(m.sentiment))).toEqual(['positive', 'positive', sentimentLabelOf(before[2]!.sentiment)]);
    expect(after[1]!.sentiment).not.toEqual(before[1]!.sentiment);

    // Another process finds the layer stored for these corrections and reads the same.
    expect((await other.team.loadLayer(SENTIMENT_LAYER))?.examples).toBe(1);
    const loaded = await installationLayer(other);
    expect(sentimentLabelOf(loaded.adjust('Just switched to Lumora, no regrets at all', 'en', analyzeText({ text: 'Just switched to Lumora, no regrets at all', lang: 'en' })).sentiment)).toBe('positive');
  } finally {
    await Promise.all([store.close(), other.close()]);
  }
});
