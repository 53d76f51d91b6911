// `vigia fetch URL`: fetch one feed or API URL with the source kind that fits it (Reddit JSON, Mastodon
// API, Hacker News, Bluesky, X, YouTube, Google News/Alerts, RSSHub, else any feed) and print its
// normalised, enriched mentions as JSON lines; nothing is stored and no brand filter applies.
import type { VigiaConfig } from '../config.ts';
import { createHttpClient } from '../http/http-client.ts';
import { identifyItems } from '../pipeline/identify.ts';
import { normalizeItems } from '../pipeline/normalize.ts';
import { enrichItems } from '../pipeline/enrich.ts';
import { detectItemLanguages } from '../pipeline/detect-language.ts';
import { sourceAdapterForUrl } from '../sources/kit/adapter-for-url.ts';
import { sourceAdapter } from '../sources/kit/registry.ts';
import { ConfigError, describeError, forTerminal, jsonForTerminal, VigiaError } from '../errors.ts';

export interface FetchUrlOptions {
  /** Platform to record (else told by the adapter or each item's URL). */
  platform?: string;
  /** Adapter id to use instead of the one told from the URL. */
  kind?: string;
  timeoutMs?: number;
}

async function fetchMentions(url: string, collector: VigiaConfig['collector'], opts: FetchUrlOptions) {
  const adapter = opts.kind ? sourceAdapter(opts.kind) : sourceAdapterForUrl(url);
  if (!adapter) throw new ConfigError(`unknown kind "${opts.kind}"`);
  const http = createHttpClient(collector);
  const config = { id: 'fetch', kind: adapter.id, url, every: '15m', enabled: true, platform: opts.platform, timeoutMs: opts.timeoutMs ?? 15_000 };
  const { items } = await adapter.fetch({ config, http, cursor: {} });
  const now = new Date();
  return enrichItems(detectItemLanguages(identifyItems(normalizeItems(items, { id: 'fetch', platform: opts.platform }, now))).map((i) => ({ ...i, matches: [] })), now);
}

/**
 * Prints the mentions of `url` as JSON lines (escaped for a terminal) and returns how many. Any failure,
 * whatever the input, is one VigiaError line naming the URL and the cause: "fetch: URL: parser: …".
 */
export async function runFetch(url: string, collector: VigiaConfig['collector'], output: NodeJS.WritableStream, opts: FetchUrlOptions = {}): Promise<number> {
  let mentions: Awaited<ReturnType<typeof fetchMentions>>;
  try {
    mentions = await fetchMentions(url, collector, opts);
  } catch (error) {
    throw new VigiaError('fetch', forTerminal(`${url}: ${describeError(error)}`), { cause: error });
  }
  keepQuietOnClosedPipe(output, url);
  for (const mention of mentions) output.write(`${jsonForTerminal(mention)}\n`);
  return mentions.length;
}

/**
 * `vigia fetch URL | head` closes the pipe early: that is the reader's choice, not a failure (no stack
 * trace). Any other write error is one line on stderr and a failing exit code.
 */
function keepQuietOnClosedPipe(output: NodeJS.WritableStream, url: string): void {
  let reported = false;
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || reported) return;
    reported = true;
    process.exitCode = 1;
    console.error(forTerminal(`fetch: ${url}: cannot write the mentions: ${error.code ?? error.message}`));
  });
}
