// `vigia fetch URL`: fetch one feed or API URL with the source kind that fits it (Reddit JSON, Mastodon
// API, Hacker News, Bluesky, X, YouTube, Google News/Alerts, RSSHub, else any feed) and print its
// normalised, enriched mentions as JSON lines; nothing is stored and no brand filter applies.
import type { VigiaConfig } from '../config.ts';
import { createHttpClient } from '../http/http-client.ts';
import { identifyItems } from '../pipeline/identify.ts';
import { normalizeItems } from '../pipeline/normalize.ts';
import { enrichItems } from '../pipeline/enrich.ts';
import { detectItemLanguages } from '../pipeline/detect-language.ts';
import { sourceAdapterForUrl } from '../sources/adapter-for-url.ts';
import { sourceAdapter } from '../sources/registry.ts';
import { ConfigError } from '../errors.ts';

export interface FetchUrlOptions {
  /** Platform to record (else told by the adapter or each item's URL). */
  platform?: string;
  /** Adapter id to use instead of the one told from the URL. */
  kind?: string;
  timeoutMs?: number;
}

export async function runFetch(url: string, collector: VigiaConfig['collector'], output: NodeJS.WritableStream, opts: FetchUrlOptions = {}): Promise<number> {
  const adapter = opts.kind ? sourceAdapter(opts.kind) : sourceAdapterForUrl(url);
  if (!adapter) throw new ConfigError(`unknown kind "${opts.kind}"`);
  const http = createHttpClient(collector);
  const config = { id: 'fetch', kind: adapter.id, url, every: '15m', enabled: true, platform: opts.platform, timeoutMs: opts.timeoutMs ?? 15_000 };
  const { items } = await adapter.fetch({ config, http, cursor: {} });
  const mentions = enrichItems(detectItemLanguages(identifyItems(normalizeItems(items, { id: 'fetch', platform: opts.platform }))).map((i) => ({ ...i, matches: [] })), new Date());
  for (const mention of mentions) output.write(`${JSON.stringify(mention)}\n`);
  return mentions.length;
}
