// Fetching a feed document for the feed-shaped adapters (YouTube, Google News/Alerts, RSSHub):
// conditional GET through the one client, decoded by its charset, parsed into items plus their extras.
import { decodeBody } from '../../http/decode-body.ts';
import type { RawItem, SourceContext, SourceCursor } from '../kit/define-source.ts';
import { parseFeedExtras, type FeedItemExtras } from './feed-extras.ts';
import { parseFeed } from '../rss.ts';

export interface FetchedFeed {
  /** Undefined when the server answered 304 Not Modified. */
  entries?: { item: RawItem; extras: FeedItemExtras }[];
  validators: Pick<SourceCursor, 'etag' | 'lastModified'>;
}

const ACCEPT_FEED = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/** Items of a feed document with the extras of each. */
export async function readFeedEntries(xml: string): Promise<{ item: RawItem; extras: FeedItemExtras }[]> {
  const [{ items }, extras] = await Promise.all([parseFeed(xml), parseFeedExtras(xml)]);
  return items.map((item, i) => ({ item, extras: extras[i] ?? {} }));
}

export async function fetchFeed(ctx: SourceContext, url = ctx.config.url): Promise<FetchedFeed> {
  const response = await ctx.http.get(url, {
    etag: ctx.cursor.etag,
    lastModified: ctx.cursor.lastModified,
    timeoutMs: ctx.config.timeoutMs,
    accept: ACCEPT_FEED,
    signal: ctx.signal,
  });
  const validators = { etag: response.etag, lastModified: response.lastModified };
  if (response.notModified) return { validators };
  return { entries: await readFeedEntries(decodeBody(response.body, response.contentType)), validators };
}
