// `vigia fetch URL`: fetch one feed with the source kind that fits and print its normalised, enriched
// mentions as JSON lines; nothing is stored and no brand filter applies.
import type { VigiaConfig } from '../config.ts';
import { createHttpClient } from '../http-client.ts';
import { identifyItems } from '../pipeline/identify.ts';
import { normalizeItems } from '../pipeline/normalize.ts';
import { enrichItems } from '../pipeline/enrich.ts';
import { detectItemLanguages } from '../pipeline/detect-language.ts';
import rss from '../sources/rss.ts';

export async function runFetch(url: string, collector: VigiaConfig['collector'], output: NodeJS.WritableStream, opts: { platform?: string; timeoutMs?: number } = {}): Promise<number> {
  const http = createHttpClient(collector);
  const config = { id: 'fetch', kind: 'rss', url, every: '15m', enabled: true, platform: opts.platform, timeoutMs: opts.timeoutMs ?? 15_000 };
  const { items } = await rss.fetch({ config, http, cursor: {} });
  const mentions = enrichItems(detectItemLanguages(identifyItems(normalizeItems(items, { id: 'fetch', platform: opts.platform }))).map((i) => ({ ...i, matches: [] })), new Date());
  for (const mention of mentions) output.write(`${JSON.stringify(mention)}\n`);
  return mentions.length;
}
