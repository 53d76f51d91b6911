// RSS 2.0 / Atom / RDF feeds (news, Reddit and Mastodon feeds, Google News/Alerts, RSSHub routes) via rss-parser.
import Parser from 'rss-parser';
import { ParseError } from '../errors.ts';
import { decodeBody } from '../http/decode-body.ts';
import { defineSource, type RawItem } from './define-source.ts';
import { feedAuthorName } from './feed-author.ts';
import { looksLikeJson, parseJsonFeed } from './json-feed.ts';

/** Atom fields rss-parser's types miss, plus the raw author element (Atom <author><name/><uri/>). */
interface FeedItem {
  id?: string;
  guid?: string;
  link?: string;
  title?: string;
  content?: string;
  contentSnippet?: string;
  summary?: string;
  isoDate?: string;
  pubDate?: string;
  creator?: string;
  author?: string;
  atomAuthor?: { name?: string[]; uri?: string[] } | string;
  /** atom:author inside an RSS item. */
  nsAuthor?: { 'atom:name'?: string[]; 'atom:uri'?: string[] } | string;
  dcAuthor?: string;
  itunes?: { author?: string };
  /** Dates some feeds give only here: atom:published / atom:updated in RSS, Atom 0.3 issued / modified. */
  nsPublished?: string;
  nsUpdated?: string;
  issued?: string;
  modified?: string;
  language?: string;
}

const parser = new Parser<{ language?: string }, FeedItem>({
  // A bare <rss> without version is common enough (UOL, older CMSs) to read as RSS 2.0.
  defaultRSS: 2,
  customFields: {
    feed: ['language'],
    item: [
      ['author', 'atomAuthor'],
      ['dc:creator', 'creator'],
      ['atom:author', 'nsAuthor'],
      ['dc:author', 'dcAuthor'],
      ['atom:published', 'nsPublished'],
      ['atom:updated', 'nsUpdated'],
      'issued',
      'modified',
    ],
  },
});

const firstText = (value: string[] | undefined): string | undefined => value?.[0]?.toString().trim() || undefined;

function authorOf(item: FeedItem): RawItem['author'] {
  const atom = typeof item.atomAuthor === 'object' ? item.atomAuthor : undefined;
  const ns = typeof item.nsAuthor === 'object' ? item.nsAuthor : undefined;
  const name =
    firstText(atom?.name) ?? firstText(ns?.['atom:name']) ?? feedAuthorName(item.creator) ?? feedAuthorName(item.author) ?? feedAuthorName(item.dcAuthor) ?? feedAuthorName(item.itunes?.author);
  const url = firstText(atom?.uri) ?? firstText(ns?.['atom:uri']);
  return name || url ? { name: name || undefined, url } : undefined;
}

const HTML_PAGE = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/i;

/** Items of one feed document; throws ParseError when it is not a feed. */
export async function parseFeed(xml: string): Promise<{ items: RawItem[]; language?: string }> {
  if (looksLikeJson(xml)) return parseJsonFeed(xml);
  if (HTML_PAGE.test(xml)) throw new ParseError('an HTML page, not an RSS/Atom feed (use the feed link the page announces)');
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new ParseError(`not a valid RSS/Atom feed: ${reason}`, { cause: error });
  }
  const language = feed.language?.slice(0, 2).toLowerCase();
  const items = feed.items.map((item): RawItem => {
    const html = item.content ?? item.summary;
    return {
      guid: item.guid ?? item.id,
      url: item.link,
      title: item.title?.trim() || undefined,
      content: html ?? item.contentSnippet,
      html: html !== undefined,
      author: authorOf(item),
      publishedAt: item.isoDate ?? item.pubDate ?? item.nsPublished ?? item.issued ?? item.nsUpdated ?? item.modified,
      lang: language,
    };
  });
  return { items, language };
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
