// Any RSSHub route (or a Nitter feed) as mentions: networks without an open API (X, Instagram, TikTok,
// Facebook, LinkedIn…) come in through the user's own RSSHub instance; the platform is told from the route.
import { handleFromUrl } from '../../shared/author-handle.ts';
import { platformOfRsshubNamespace } from '../../shared/platforms/lookup.ts';
import { defineSource, type RawItem } from './kit/define-source.ts';
import { fetchFeed } from './feed/feed-fetch.ts';

/** The platform of an RSSHub route URL, or of a Nitter instance (its host says so). */
export function platformOfRoute(routeUrl: URL): string | undefined {
  if (/(^|\.)nitter\./.test(routeUrl.hostname)) return 'x';
  const namespace = routeUrl.pathname.split('/')[1]?.toLowerCase() ?? '';
  return platformOfRsshubNamespace(namespace);
}

/** The account a route follows (/twitter/user/:id, /tiktok/user/:id, Nitter's /:user/rss), if any. */
function routeAccount(routeUrl: URL): string | undefined {
  const parts = routeUrl.pathname.split('/').filter(Boolean);
  const account = /(^|\.)nitter\./.test(routeUrl.hostname) ? (parts[1] === 'rss' ? parts[0] : undefined) : parts[1] === 'user' ? parts[2] : undefined;
  return account?.replace(/^@/, '') || undefined;
}

/** Nitter links point at the Nitter host: point them at x.com so ids match other X sources. */
function toXUrl(link: string | undefined): string | undefined {
  const m = link ? /^https?:\/\/[^/]*nitter[^/]*\/(\w{1,15})\/status\/(\d+)/.exec(link) : null;
  return m ? `https://x.com/${m[1]}/status/${m[2]}` : link;
}

export function rsshubItem(item: RawItem, routeUrl: URL): RawItem {
  const platform = platformOfRoute(routeUrl);
  const url = platform === 'x' ? toXUrl(item.url) : item.url;
  const fromPost = handleFromUrl(url);
  const creator = item.author?.name?.startsWith('@') ? item.author.name.slice(1) : undefined;
  const handle = (fromPost && fromPost.platform === platform ? fromPost.handle : undefined) ?? creator ?? routeAccount(routeUrl);
  return {
    ...item,
    guid: platform === 'x' ? (url ?? item.guid) : item.guid,
    url,
    author: item.author || handle ? { ...item.author, handle: item.author?.handle ?? handle } : undefined,
    platform: platform ?? item.platform,
    kind: platform ? 'post' : item.kind,
  };
}

export default defineSource({
  id: 'rsshub',
  kind: 'social',
  name: 'RSSHub route (X, Instagram, TikTok, Facebook, LinkedIn… through your RSSHub instance)',
  example: { id: 'acme-x-rsshub', kind: 'rsshub', url: 'https://rsshub.example.org/twitter/user/acme', every: '15m' },
  needs: {},
  claims: (url) => /(^|\.)rsshub\.|(^|\.)nitter\./.test(url.hostname),
  async fetch(ctx) {
    const routeUrl = new URL(ctx.config.url);
    const feed = await fetchFeed(ctx);
    if (!feed.entries) return { items: [], cursor: feed.validators, notModified: true };
    return { items: feed.entries.map((e) => rsshubItem(e.item, routeUrl)), cursor: feed.validators };
  },
});
