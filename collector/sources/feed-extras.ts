// Item elements the generic feed mapping leaves out but some adapters need: YouTube's media:group and
// yt:channelId, Google News' <source url="…">. Read with rss-parser, in the same order as parseFeed's items.
import Parser from 'rss-parser';
import { ParseError } from '../errors.ts';

type XmlNode = { _?: string; $?: Record<string, string> } & Record<string, unknown>;

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

interface ExtrasItem {
  source?: (XmlNode | string)[];
  videoId?: string;
  channelId?: string;
  mediaGroup?: Record<string, XmlNode[] | string[] | undefined>;
}

const parser = new Parser<object, ExtrasItem>({
  customFields: {
    item: [
      ['source', 'source', { keepArray: true }],
      ['yt:videoId', 'videoId'],
      ['yt:channelId', 'channelId'],
      ['media:group', 'mediaGroup'],
    ],
  },
});

const textOf = (node: XmlNode | string | undefined) => (typeof node === 'string' ? node : node?._)?.trim() || undefined;

function viewsOf(group: ExtrasItem['mediaGroup']): number | undefined {
  const community = group?.['media:community']?.[0] as XmlNode | undefined;
  const statistics = (community?.['media:statistics'] as XmlNode[] | undefined)?.[0];
  const views = Number(statistics?.$?.views);
  return Number.isFinite(views) && statistics?.$?.views !== undefined ? views : undefined;
}

/** The extras of every item of `xml`, parallel to parseFeed(xml).items. */
export async function parseFeedExtras(xml: string): Promise<FeedItemExtras[]> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (error) {
    throw new ParseError(`not a valid RSS/Atom feed: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  return feed.items.map((item): FeedItemExtras => {
    const source = item.source?.[0];
    const sourceUrl = typeof source === 'object' ? source.$?.url : undefined;
    const description = item.mediaGroup?.['media:description']?.[0];
    return {
      source: source ? { name: textOf(source), url: sourceUrl } : undefined,
      videoId: item.videoId?.trim() || undefined,
      channelId: item.channelId?.trim() || undefined,
      mediaDescription: textOf(description as XmlNode | string | undefined),
      views: viewsOf(item.mediaGroup),
    };
  });
}
