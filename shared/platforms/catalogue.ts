// Every platform Vigía knows by name, one entry each: adding a platform is adding one entry here. Hosts,
// mention kinds, handle and post-key rules, RSSHub namespaces and display names all derive from this list.
import type { PlatformEntry } from './platform-entry.ts';

const pick = (pattern: RegExp, text: string): string | undefined => pattern.exec(text)?.[1];

/** In the order `KNOWN_PLATFORMS` lists them. */
export const PLATFORMS: readonly PlatformEntry[] = [
  {
    id: 'reddit', name: 'Reddit', kind: 'post', hosts: /(^|\.)reddit\.com$/, rsshub: ['reddit'],
    handle: /^\/(?:user|u)\/([A-Za-z0-9_-]{2,40})(?:\/|$)/,
    postKey: (url) => {
      const m = /\/comments\/([a-z0-9]+)(?:\/[^/]*\/([a-z0-9]+))?/i.exec(url.pathname);
      if (m?.[1]) return m[2] ? `${m[1]}:${m[2]}` : m[1];
      return url.hostname === 'redd.it' ? url.pathname.slice(1) || undefined : undefined;
    },
    examples: { post: 'https://www.reddit.com/r/LumoraES/comments/1r3qz6k/sin_fibra/', profile: 'https://www.reddit.com/user/Marta_RZ' },
  },
  {
    // Any fediverse server: told from the /@user/id path on any host, the handle keeps its server.
    id: 'mastodon', name: 'Mastodon', kind: 'post', path: /^\/@[A-Za-z0-9_]{1,30}\/\d{6,}$/, rsshub: ['mastodon'],
    handle: /^\/@([A-Za-z0-9_]{1,30})(?:@([a-z0-9.-]+))?(?:\/|$)/,
    examples: { post: 'https://mastodon.social/@marta_rz/111544891736153138' },
  },
  {
    id: 'bluesky', name: 'Bluesky', kind: 'post', hosts: /^bsky\.app$/, rsshub: ['bsky'],
    handle: /^\/profile\/([A-Za-z0-9_.:-]{3,253})(?:\/|$)/,
    postKey: (url) => {
      const m = /^\/profile\/([^/]+)\/post\/([a-z0-9]+)/i.exec(url.pathname);
      return m ? `${m[1]?.toLowerCase()}:${m[2]}` : undefined;
    },
    examples: { post: 'https://bsky.app/profile/marta.bsky.social/post/3mdd7aj7pgs2x' },
  },
  {
    id: 'youtube', name: 'YouTube', kind: 'post', hosts: /(^|\.)youtube\.com$|^youtu\.be$/, rsshub: ['youtube'],
    handle: /^\/@([A-Za-z0-9_.-]{3,30})(?:\/|$)/,
    postKey: (url) => {
      const video = url.searchParams.get('v') ?? pick(/^\/(?:shorts|embed|live)\/([\w-]{6,})/, url.pathname) ?? (url.hostname === 'youtu.be' ? url.pathname.slice(1) : undefined);
      if (!video) return undefined;
      const comment = url.searchParams.get('lc');
      return comment ? `${video}:${comment}` : video;
    },
    // Comments are written under the video: its watch page, with the comment highlighted when there is one.
    replyUrl: (url) => {
      const video = url.searchParams.get('v') ?? pick(/^\/(?:shorts|embed|live)\/([\w-]{6,})/, url.pathname) ?? (url.hostname === 'youtu.be' ? url.pathname.slice(1) : undefined);
      if (!video) return undefined;
      const comment = url.searchParams.get('lc');
      return `https://www.youtube.com/watch?v=${encodeURIComponent(video)}${comment ? `&lc=${encodeURIComponent(comment)}` : ''}`;
    },
    examples: { post: 'https://www.youtube.com/watch?v=Lm0raBox001', profile: 'https://www.youtube.com/@LumoraTV' },
  },
  {
    id: 'x', name: 'X', kind: 'post', hosts: /^(x|twitter|mobile\.twitter)\.com$/, rsshub: ['twitter', 'x', 'nitter'], aliases: ['twitter'],
    handle: /^\/([A-Za-z0-9_]{1,15})(?:\/|$)/,
    postKey: (url) => pick(/^\/[A-Za-z0-9_]{1,15}\/status(?:es)?\/(\d+)/, url.pathname),
    // The Web Intent opens the reply box on the post with the text written in (developer.x.com, Web Intents).
    replyUrl: (url, text) => {
      const id = pick(/^\/[A-Za-z0-9_]{1,15}\/status(?:es)?\/(\d+)/, url.pathname);
      return id ? `https://x.com/intent/tweet?${new URLSearchParams({ in_reply_to: id, text })}` : undefined;
    },
    examples: { post: 'https://x.com/LumoraHelp/status/1222907250383245320' },
  },
  {
    id: 'hackernews', name: 'Hacker News', kind: 'post', hosts: /^news\.ycombinator\.com$/, examples: { post: 'https://news.ycombinator.com/item?id=41234567' },
    replyUrl: (url) => {
      const id = url.searchParams.get('id');
      return id && /^\d+$/.test(id) ? `https://news.ycombinator.com/reply?${new URLSearchParams({ id, goto: `item?id=${id}` })}` : undefined;
    },
  },
  {
    id: 'google-news', name: { en: 'Google News', es: 'Google Noticias' }, kind: 'article', hosts: /^news\.google\.com$/,
    examples: { post: 'https://news.google.com/rss/articles/CBMiK2h0dHBzOi8vZXhhbXBsZS5vcmcvbHVtb3Jh?oc=5' },
  },
  { id: 'google-alerts', name: { en: 'Google Alerts', es: 'Alertas de Google' }, kind: 'article' },
  {
    id: 'trustpilot', name: 'Trustpilot', kind: 'review', hosts: /(^|\.)trustpilot\.com$/,
    postKey: (url) => pick(/^\/reviews\/([0-9a-f]{12,})/i, url.pathname),
    // Owners reply from Trustpilot Business (Service Reviews), not from the public review page.
    replyUrl: () => 'https://b2b.trustpilot.com/',
    examples: { post: 'https://www.trustpilot.com/reviews/6740aa01b2c3d4e5f6a7b8c9' },
  },
  {
    id: 'google-maps', name: 'Google Maps', kind: 'review', hosts: /^(maps\.)?google\.[a-z.]+$/, path: /^\/maps/,
    // Owners reply to reviews from their Business Profile's review list.
    replyUrl: () => 'https://business.google.com/reviews',
    examples: { post: 'https://www.google.com/maps/place/Lumora/@40.41,-3.70,17z' },
  },
  { id: 'yelp', name: 'Yelp', kind: 'review', hosts: /(^|\.)yelp\.[a-z.]+$/, examples: { post: 'https://www.yelp.com/biz/lumora-madrid' } },
  {
    id: 'tripadvisor', name: 'Tripadvisor', kind: 'review', hosts: /(^|\.)tripadvisor\.[a-z.]+$/,
    examples: { post: 'https://www.tripadvisor.es/Hotel_Review-g187514-d1-Reviews-Lumora-Madrid.html' },
  },
  {
    id: 'app-store', name: { en: 'Apple App Store', es: 'App Store de Apple' }, kind: 'review', hosts: /^(apps|itunes)\.apple\.com$/,
    examples: { post: 'https://apps.apple.com/es/app/lumora/id1234567890' },
  },
  {
    id: 'google-play', name: 'Google Play', kind: 'review', hosts: /^play\.google\.com$/,
    examples: { post: 'https://play.google.com/store/apps/details?id=com.lumora.app' },
  },
  { id: 'g2', name: 'G2', kind: 'review', hosts: /(^|\.)g2\.com$/, examples: { post: 'https://www.g2.com/products/lumora/reviews' } },
  { id: 'amazon', name: 'Amazon', kind: 'review', hosts: /(^|\.)amazon\.[a-z.]+$/, examples: { post: 'https://www.amazon.es/dp/B000000001' } },
  {
    id: 'instagram', name: 'Instagram', kind: 'post', hosts: /(^|\.)instagram\.com$/, rsshub: ['instagram', 'picuki'],
    handle: /^\/([A-Za-z0-9_.]{1,30})\/?$/,
    postKey: (url) => pick(/^\/(?:[^/]+\/)?(?:p|reel|tv)\/([A-Za-z0-9_-]+)/, url.pathname),
    examples: { post: 'https://www.instagram.com/p/DCx7Lm0rA1b/', profile: 'https://www.instagram.com/lucia.bcn/' },
  },
  {
    id: 'tiktok', name: 'TikTok', kind: 'post', hosts: /(^|\.)tiktok\.com$/, rsshub: ['tiktok'],
    handle: /^\/@([A-Za-z0-9_.]{2,24})(?:\/|$)/,
    postKey: (url) => pick(/^\/@[^/]+\/(?:video|photo)\/(\d+)/, url.pathname),
    examples: { post: 'https://www.tiktok.com/@techconpablo/video/7440123456789012345' },
  },
  {
    id: 'facebook', name: 'Facebook', kind: 'post', hosts: /(^|\.)facebook\.com$/, rsshub: ['facebook'],
    postKey: (url) => pick(/\/(?:posts|videos|permalink)\/(?:[^/]*?)(\d{6,}|pfbid\w+)/, url.pathname) ?? url.searchParams.get('story_fbid') ?? undefined,
    examples: { post: 'https://www.facebook.com/lumora/posts/pfbid02abcXYZ' },
  },
  {
    id: 'linkedin', name: 'LinkedIn', kind: 'post', hosts: /(^|\.)linkedin\.com$/, rsshub: ['linkedin'],
    handle: /^\/in\/([A-Za-z0-9_-]{3,100})\/?/,
    postKey: (url) => pick(/urn(?::|%3A)li(?::|%3A)(?:activity|ugcPost|share)(?::|%3A)(\d+)/i, url.href) ?? pick(/-(\d{15,})-/, url.pathname),
    examples: { post: 'https://www.linkedin.com/feed/update/urn:li:activity:7265001234567890123/', profile: 'https://www.linkedin.com/in/gwen-carter' },
  },
  // Feeds and pages of no platform of their own.
  { id: 'rss', name: { en: 'RSS feed', es: 'Feed RSS' }, kind: 'article' },
  { id: 'web', name: { en: 'Web page', es: 'Página web' }, kind: 'article' },
  // Named by RSSHub routes or a source's `platform` setting; not told from URLs (that would re-key stored mentions).
  { id: 'threads', name: 'Threads', kind: 'post', rsshub: ['threads'] },
  { id: 'telegram', name: 'Telegram', kind: 'post', rsshub: ['telegram'] },
  { id: 'capterra', name: 'Capterra', kind: 'review' },
  { id: 'booking', name: 'Booking.com', kind: 'review' },
  { id: 'airbnb', name: 'Airbnb', kind: 'review' },
  { id: 'mercadolibre', name: 'Mercado Libre', kind: 'review' },
  { id: 'glassdoor', name: 'Glassdoor', kind: 'review' },
  { id: 'sitejabber', name: 'Sitejabber', kind: 'review' },
  { id: 'reviews.io', name: 'REVIEWS.io', kind: 'review' },
  { id: 'ciao', name: 'Ciao', kind: 'review' },
];
