// Bluesky (bsky.app): posts in threads and feeds (`data-testid="postThreadItem-by-<handle>"` and
// `feedItem-by-<handle>`), and the post a permalink page describes in its meta tags before it renders.
import { absoluteUrl, cleanText, metaContent, readText, toIsoDate } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

const ORIGIN = 'https://bsky.app';

export function isBlueskyPage(url: string): boolean {
  try {
    return new URL(url).hostname === 'bsky.app';
  } catch {
    return false;
  }
}

export function readBlueskyPost(element: Element): PagePost | undefined {
  const testId = element.getAttribute('data-testid') ?? '';
  const handle = /-by-(.+)$/.exec(testId)?.[1];
  const textElement = element.querySelector('[data-testid="postText"], div[data-word-wrap="1"]');
  if (!handle) return undefined;
  const profile = `/profile/${handle}`;
  // The focused post links to itself only through "/reposted-by" or "/liked-by"; feed items link directly.
  const postHref = [...element.querySelectorAll(`a[href^="${profile}/post/"]`)].map((a) => a.getAttribute('href') ?? '')[0];
  const nameLink = [...element.querySelectorAll(`a[href="${profile}"]`)].find((a) => !/avatar$/i.test(a.getAttribute('aria-label') ?? ''));
  const post: PagePost = {
    element,
    anchor: textElement ?? element,
    position: textElement ? 'afterend' : 'beforeend',
    platform: 'bluesky',
    kind: 'post',
    author: { handle, url: `${ORIGIN}${profile}` },
    text: textElement ? readText(textElement) : '',
  };
  const name = nameLink ? displayName(nameLink, handle) : undefined;
  if (name) post.author.name = name;
  const url = postHref ? absoluteUrl(postHref.replace(/(\/post\/[a-z0-9]+).*$/i, '$1'), ORIGIN) : undefined;
  if (url) post.url = url;
  return post;
}

/** The name link says "Glen Dunlap" in its label, or shows "Tom Forsyth" then "@handle" as text. */
function displayName(link: Element, handle: string): string | undefined {
  const label = link.getAttribute('aria-label')?.trim();
  if (label && label !== 'View profile') return cleanText(label);
  const text = readText(link).replace(`@${handle}`, '').trim();
  return text && !text.startsWith('@') ? text : undefined;
}

/** A post page: "Name (@handle)" in og:title, the text in og:description, the date in article:published_time. */
export function blueskyPagePost(document: Document, pageUrl: string): PagePost | undefined {
  if (!isBlueskyPage(pageUrl) || !/^\/profile\/[^/]+\/post\/[a-z0-9]+/i.test(new URL(pageUrl).pathname)) return undefined;
  const title = metaContent(document, 'og:title');
  const byline = title ? /^(.*) \(@([^)\s]+)\)$/.exec(title) : null;
  const handle = byline?.[2] ?? metaContent(document, 'profile:username');
  const post: PagePost = {
    anchor: document.body,
    position: 'float',
    platform: 'bluesky',
    kind: 'post',
    url: `${ORIGIN}${new URL(pageUrl).pathname}`,
    author: {},
    text: cleanText(metaContent(document, 'og:description') ?? metaContent(document, 'description') ?? ''),
  };
  if (byline?.[1]) post.author.name = byline[1];
  if (handle) post.author = { ...post.author, handle, url: `${ORIGIN}/profile/${handle}` };
  const publishedAt = toIsoDate(metaContent(document, 'article:published_time'));
  if (publishedAt) post.publishedAt = publishedAt;
  return post;
}

export default defineSocialSite({
  id: 'bluesky',
  name: 'Bluesky',
  platform: 'bluesky',
  matches: ['https://bsky.app/*'],
  isPage: isBlueskyPage,
  posts: '[data-testid^="postThreadItem-by-"], [data-testid^="feedItem-by-"]',
  readPost: readBlueskyPost,
  pagePost: blueskyPagePost,
});
