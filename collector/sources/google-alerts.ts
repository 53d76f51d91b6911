// Google Alerts Atom feeds: each result's link unwrapped from Google's redirect; the platform is told
// from the real URL (an alert can point at a Reddit thread or a YouTube video), else "google-alerts".
import { platformOfUrl } from '../../shared/platform-of-url.ts';
import { defineSource, type RawItem } from './kit/define-source.ts';
import { fetchFeed } from './feed/feed-fetch.ts';
import { unwrapGoogleRedirect } from './kit/google-links.ts';

export function googleAlertItem(item: RawItem): RawItem {
  const url = unwrapGoogleRedirect(item.url);
  const platform = platformOfUrl(url) ?? 'google-alerts';
  // Alerts name no author: the feed's "author" is the alert itself, so it is left out.
  return { ...item, url, author: undefined, platform, kind: platform === 'google-alerts' ? 'article' : undefined };
}

export default defineSource({
  id: 'google-alerts',
  kind: 'feed',
  name: 'Google Alerts (feed delivery)',
  example: { id: 'acme-alerts', kind: 'google-alerts', url: 'https://www.google.com/alerts/feeds/01234567890123456789/1234567890123456789', every: '1h' },
  needs: {},
  claims: (url) => /^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/alerts/feeds/'),
  async fetch(ctx) {
    const feed = await fetchFeed(ctx);
    if (!feed.entries) return { items: [], cursor: feed.validators, notModified: true };
    return { items: feed.entries.map((e) => googleAlertItem(e.item)), cursor: feed.validators };
  },
});
