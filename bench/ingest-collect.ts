// `collect --once` of one large local feed, end to end in this process (fetch, parse, every pipeline stage,
// the store writes), and the enrichment of the same texts alone as its same-run reference.
import { analyzeText } from '../collector/enrich/analyze.ts';
import { collectOnce } from '../collector/commands/collect.ts';
import { validateConfig } from '../collector/config.ts';
import { normalizeItems } from '../collector/pipeline/normalize.ts';
import { parseFeed } from '../collector/sources/rss.ts';
import { openSqliteStore } from '../collector/store/sqlite-store.ts';
import { buildIngestFeed, serveFeed } from './ingest-feed.ts';

export interface CollectFigure {
  items: number;
  stored: number;
  perSecond: number;
  /** analyzeText over the same texts, on the same core. */
  enrichmentPerSecond: number;
}

export async function collectFeedOnce(file: string, count: number): Promise<CollectFigure> {
  const xml = buildIngestFeed(count);
  const feed = await serveFeed(xml);
  const store = openSqliteStore(file);
  try {
    await store.ready;
    const config = validateConfig({
      brands: [{ name: 'Lumora', query: 'lumora' }],
      sources: [{ id: 'bench-feed', kind: 'rss', url: feed.url, every: '5m', platform: 'reddit' }],
      collector: { maxBodyBytes: 100 * 1024 * 1024 },
    });
    const started = performance.now();
    const [run] = await collectOnce(config, store, () => undefined);
    const seconds = (performance.now() - started) / 1000;
    if (!run?.ok) throw new Error(`bench: collect failed: ${run?.error}`);
    const texts = normalizeItems((await parseFeed(xml)).items, { id: 'bench-feed', platform: 'reddit' });
    const enrichStarted = performance.now();
    for (const item of texts) analyzeText({ text: item.text, title: item.title, platform: item.platform, kind: item.kind });
    const enrichmentPerSecond = texts.length / ((performance.now() - enrichStarted) / 1000);
    return { items: count, stored: run.stored, perSecond: count / seconds, enrichmentPerSecond };
  } finally {
    await store.close();
    await feed.close();
  }
}
