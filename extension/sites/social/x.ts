// X (Twitter): tweets in timelines, threads and profiles (`article[data-testid="tweet"]`), and the post a
// logged-out permalink page describes only in its meta tags ("Name (@handle) on X", metadata-post.ts).
import { metadataPostReader } from './metadata-post.ts';
import { absoluteUrl, attrAt, readText, toIsoDate } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

const ORIGIN = 'https://x.com';
const HOSTS = /^(x|twitter|mobile\.twitter|mobile\.x)\.com$/;

/** A page of X or Twitter (timelines, searches, profiles, posts). */
export function isXPage(url: string): boolean {
  try {
    return HOSTS.test(new URL(url).hostname.replace(/^www\./, ''));
  } catch {
    return false;
  }
}

/** `/<handle>/status/<id>` → the post's id. */
const statusId = (url: string): string | undefined => /^\/[A-Za-z0-9_]{1,15}\/status\/(\d+)/.exec(new URL(url).pathname)?.[1];

export function readTweet(article: Element): PagePost | undefined {
  const user = article.querySelector('[data-testid="User-Name"]');
  if (!user) return undefined;
  const profileHref = attrAt(user, 'a[href]', 'href');
  const links = [...user.querySelectorAll('a[href]')];
  const handleText = links.map(readText).find((text) => text.startsWith('@'));
  const name = links[0] ? readText(links[0]) : undefined;
  const permalink = [...article.querySelectorAll('a[href*="/status/"]')].find((a) => a.querySelector('time'));
  const textElement = article.querySelector('[data-testid="tweetText"]');
  const post: PagePost = {
    element: article,
    anchor: textElement ?? user,
    position: 'afterend',
    platform: 'x',
    kind: 'post',
    author: {},
    text: textElement ? readText(textElement) : '',
  };
  if (name && !name.startsWith('@')) post.author.name = name;
  if (handleText) post.author.handle = handleText.slice(1);
  const authorUrl = absoluteUrl(profileHref, ORIGIN);
  if (authorUrl) post.author.url = authorUrl;
  const url = absoluteUrl(permalink?.getAttribute('href'), ORIGIN);
  if (url) post.url = url;
  const publishedAt = toIsoDate(permalink?.querySelector('time')?.getAttribute('datetime'));
  if (publishedAt) post.publishedAt = publishedAt;
  const lang = textElement?.getAttribute('lang');
  if (lang && /^[a-z]{2}$/.test(lang)) post.lang = lang;
  return post;
}

/** A status page whose tweet is not rendered: its meta tags still say who wrote what ("Name (@handle) on X"). */
export const xPagePost = metadataPostReader({
  platform: 'x',
  names: ['X', 'Twitter'],
  postUrl: (url) => (isXPage(url.href) && statusId(url.href) ? `${ORIGIN}${url.pathname}` : undefined),
  profileUrl: (handle) => `${ORIGIN}/${handle}`,
  anchor: (document) => {
    const column = document.querySelector('[data-testid="primaryColumn"]');
    return column ? { element: column, position: 'afterbegin' } : undefined;
  },
});

export default defineSocialSite({
  id: 'x',
  name: 'X',
  platform: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  isPage: isXPage,
  posts: 'article[data-testid="tweet"]',
  readPost: readTweet,
  pagePost: xPagePost,
});
