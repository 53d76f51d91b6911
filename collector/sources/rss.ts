// RSS 2.0 / Atom / RDF feeds (news, Reddit and Mastodon feeds, Google News/Alerts, RSSHub routes) and JSON Feed.
import { ParseError } from '../errors.ts';
import { decodeBody } from '../http/decode-body.ts';
import { defineSource, type RawItem } from './kit/define-source.ts';
import { looksLikeJson, parseJsonFeed } from './feed/json-feed.ts';
import { atomItems } from './feed/rss-atom.ts';
import { rdfItems, rssItems } from './feed/rss-channel.ts';
import { localName, parseXml } from './feed/rss-xml.ts';

const HTML_PAGE = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/i;
const NOT_A_FEED = 'an HTML page, not an RSS/Atom feed (use the feed link the page announces)';

/** Items of one feed document, read on its own; throws ParseError (and nothing else) when it is not a feed. */
export async function parseFeed(xml: string): Promise<{ items: RawItem[]; language?: string }> {
  if (looksLikeJson(xml)) return parseJsonFeed(xml);
  if (HTML_PAGE.test(xml)) throw new ParseError(NOT_A_FEED);
  const root = parseXml(xml);
  const name = localName(root.name);
  if (name === 'feed') return atomItems(root);
  if (name === 'rss') return rssItems(root);
  if (name === 'RDF') return rdfItems(root);
  if (/^(html|head|body)$/i.test(name)) throw new ParseError(NOT_A_FEED);
  throw new ParseError(`not a valid RSS/Atom feed: its root element is <${root.name.slice(0, 40)}>, not <rss>, <feed> or <rdf:RDF>`);
}

export default defineSource({
  id: 'rss',
  kind: 'feed',
  name: 'RSS / Atom feed',
  example: { id: 'acme-news', kind: 'rss', url: 'https://example.org/feed.xml', every: '5m' },
  needs: {},
  async fetch({ config, http, cursor, signal }) {
    const response = await http.get(config.url, {
      etag: cursor.etag,
      lastModified: cursor.lastModified,
      timeoutMs: config.timeoutMs,
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5',
      signal,
    });
    const next = { etag: response.etag, lastModified: response.lastModified };
    if (response.notModified) return { items: [], cursor: next, notModified: true };
    const { items } = await parseFeed(decodeBody(response.body, response.contentType));
    return { items, cursor: next };
  },
});
