// Item elements the generic feed mapping leaves out but some adapters need: YouTube's media:group and
// yt:channelId, Google News' <source url="…">. Read from the same document tree, in parseFeed's item order.
import { ParseError } from '../../errors.ts';
import { looksLikeJson } from './json-feed.ts';
import { childNamed, childText, entryElements, parseXml, textOf } from './rss-xml.ts';

/** Extra fields of one feed item (each absent when the feed does not carry it). */
export interface FeedItemExtras {
  /** RSS <source url="…">name</source>: the publisher an aggregator took the item from. */
  source?: { name?: string; url?: string };
  /** YouTube's yt:videoId and yt:channelId. */
  videoId?: string;
  channelId?: string;
  /** media:group's description (plain text) and view count. */
  mediaDescription?: string;
  views?: number;
}

/** The extras of every item of `xml`, parallel to parseFeed(xml).items (none for a JSON Feed). */
export async function parseFeedExtras(xml: string): Promise<FeedItemExtras[]> {
  if (looksLikeJson(xml)) return [];
  const root = parseXml(xml);
  if (!/^(feed|rss|RDF)$/.test(root.name.slice(root.name.indexOf(':') + 1))) throw new ParseError(`not a valid RSS/Atom feed: its root element is <${root.name.slice(0, 40)}>`);
  return entryElements(root).map((item): FeedItemExtras => {
    const source = childNamed(item, 'source');
    const group = childNamed(item, 'media:group');
    const statistics = group && childNamed(group, 'media:community');
    const views = statistics && childNamed(statistics, 'media:statistics')?.attrs.get('views');
    return {
      // RSS's <source> is a name; Atom's is a whole feed description, which names no publisher here.
      source: source ? { name: (source.children.every((c) => typeof c === 'string') && textOf(source).trim()) || undefined, url: source.attrs.get('url')?.trim() || undefined } : undefined,
      videoId: childText(item, 'yt:videoId'),
      channelId: childText(item, 'yt:channelId'),
      mediaDescription: group && childText(group, 'media:description'),
      views: views !== undefined && views.trim() !== '' && Number.isFinite(Number(views)) ? Number(views) : undefined,
    };
  });
}
