// Google News RSS (search and topic feeds): each article with its publisher (<source>) as author,
// the " - Publisher" suffix taken off the title, and the publisher's URL where Google's link embeds it.
import { defineSource, type RawItem } from './kit/define-source.ts';
import type { FeedItemExtras } from './feed/feed-extras.ts';
import { fetchFeed } from './feed/feed-fetch.ts';
import { googleNewsArticleUrl } from './kit/google-links.ts';

export function googleNewsItem(item: RawItem, extras: FeedItemExtras): RawItem {
  const publisher = extras.source?.name;
  const suffix = publisher ? ` - ${publisher}` : undefined;
  const title = suffix && item.title?.endsWith(suffix) ? item.title.slice(0, -suffix.length).trim() : item.title;
  return {
    ...item,
    url: googleNewsArticleUrl(item.url) ?? item.url,
    title,
    author: publisher || extras.source?.url ? { name: publisher, url: extras.source?.url } : item.author,
    platform: 'google-news',
    kind: 'article',
  };
}

export default defineSource({
  id: 'google-news',
  kind: 'feed',
  name: 'Google News (RSS search or topic)',
  example: { id: 'acme-google-news', kind: 'google-news', url: 'https://news.google.com/rss/search?q=acme&hl=es&gl=ES&ceid=ES:es', every: '30m' },
  needs: {},
  claims: (url) => url.hostname === 'news.google.com' && url.pathname.startsWith('/rss'),
  async fetch(ctx) {
    const feed = await fetchFeed(ctx);
    if (!feed.entries) return { items: [], cursor: feed.validators, notModified: true };
    return { items: feed.entries.map((e) => googleNewsItem(e.item, e.extras)), cursor: feed.validators };
  },
});
