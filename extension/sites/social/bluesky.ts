// Bluesky (bsky.app): posts in threads and feeds (`data-testid="postThreadItem-by-<handle>"` and
// `feedItem-by-<handle>`), and the post a permalink page describes in its meta tags before it renders.
import { metadataPostReader } from './metadata-post.ts';
import { absoluteUrl, cleanText, readText } from './post-reading.ts';
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

/** A post page before it renders: "Name (@handle)" in og:title, the text, author and date in its metadata. */
export const blueskyPagePost = metadataPostReader({
  platform: 'bluesky',
  names: ['Bluesky'],
  postUrl: (url) => (isBlueskyPage(url.href) && /^\/profile\/[^/]+\/post\/[a-z0-9]+/i.test(url.pathname) ? `${ORIGIN}${url.pathname}` : undefined),
  profileUrl: (handle) => `${ORIGIN}/profile/${handle}`,
});

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
