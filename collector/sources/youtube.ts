// YouTube channel and playlist Atom feeds: each video with its description (media:group), channel and
// view count as reach.
import { defineSource, type RawItem } from './kit/define-source.ts';
import type { FeedItemExtras } from './feed/feed-extras.ts';
import { fetchFeed } from './feed/feed-fetch.ts';

const FEEDS = 'https://www.youtube.com/feeds/videos.xml';

/** One video entry: the description is the text; the channel id identifies the author. */
export function youtubeVideoItem(item: RawItem, extras: FeedItemExtras): RawItem {
  const channelUrl = extras.channelId ? `https://www.youtube.com/channel/${extras.channelId}` : item.author?.url;
  return {
    ...item,
    guid: item.guid ?? (extras.videoId ? `yt:video:${extras.videoId}` : undefined),
    url: item.url ?? (extras.videoId ? `https://www.youtube.com/watch?v=${extras.videoId}` : undefined),
    content: extras.mediaDescription ?? item.content,
    html: extras.mediaDescription === undefined ? item.html : false,
    // Feeds name the channel by id, not by its @handle.
    author: { name: item.author?.name, handle: extras.channelId, url: channelUrl },
    platform: 'youtube',
    kind: 'post',
    reach: extras.views,
  };
}

/** A channel page URL (/channel/UC…) becomes its feed; feed URLs stay as they are. */
export function toYoutubeFeedUrl(raw: string): string {
  const channel = /^\/channel\/(UC[\w-]{10,})\/?/.exec(new URL(raw).pathname)?.[1];
  return channel ? `${FEEDS}?channel_id=${channel}` : raw;
}

export default defineSource({
  id: 'youtube',
  kind: 'social',
  name: 'YouTube (channel or playlist feed)',
  example: { id: 'acme-youtube', kind: 'youtube', url: `${FEEDS}?channel_id=UC5NOEUbkLheQcaaRldYW5GA`, every: '30m' },
  needs: {},
  claims: (url) => /(^|\.)youtube\.com$/.test(url.hostname) && (url.pathname === '/feeds/videos.xml' || url.pathname.startsWith('/channel/')),
  async fetch(ctx) {
    const feed = await fetchFeed(ctx, toYoutubeFeedUrl(ctx.config.url));
    if (!feed.entries) return { items: [], cursor: feed.validators, notModified: true };
    return { items: feed.entries.map((e) => youtubeVideoItem(e.item, e.extras)), cursor: feed.validators };
  },
});
