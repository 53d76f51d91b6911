// Reddit (the 2024 "shreddit" web components): posts and comments on listings and threads, and the post a
// logged-out permalink page describes only in its meta tags (which name no author).
import { metadataPostReader } from './metadata-post.ts';
import { absoluteUrl, cleanText, readText, toIsoDate } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

const ORIGIN = 'https://www.reddit.com';

export function isRedditPage(url: string): boolean {
  try {
    return /(^|\.)reddit\.com$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Reddit writes "[deleted]" where an author is gone: that is no author. */
const authorOf = (element: Element): string | undefined => {
  const name = element.getAttribute('author')?.trim();
  return name && name !== '[deleted]' ? name : undefined;
};

export function readRedditThing(element: Element): PagePost | undefined {
  const isComment = element.tagName === 'SHREDDIT-COMMENT';
  const permalink = absoluteUrl(element.getAttribute('permalink') ?? element.getAttribute('content-href'), ORIGIN);
  const body = isComment ? element.querySelector(':scope > [slot="comment"]') : element.querySelector('[slot="text-body"]');
  const title = isComment ? undefined : element.getAttribute('post-title')?.trim();
  if (!permalink && !body) return undefined;
  const titleElement = element.querySelector(':scope > [slot="title"]');
  const post: PagePost = {
    element,
    anchor: isComment ? (body ?? element) : (titleElement ?? element),
    position: body || titleElement ? 'afterend' : 'beforeend',
    slot: isComment ? 'comment' : 'title',
    platform: 'reddit',
    kind: isComment ? 'comment' : 'post',
    author: {},
    text: body ? readText(body) : '',
  };
  const author = authorOf(element);
  if (author) post.author = { handle: author, url: `${ORIGIN}/user/${author}/` };
  if (permalink) post.url = permalink;
  if (title) post.title = cleanText(title);
  const created = element.getAttribute('created-timestamp') ?? element.querySelector('faceplate-timeago[ts]')?.getAttribute('ts');
  const publishedAt = toIsoDate(created);
  if (publishedAt) post.publishedAt = publishedAt;
  return post;
}

/** A thread page with no rendered post: title and opening text from the meta tags (which name no author). */
export const redditPagePost = metadataPostReader({
  platform: 'reddit',
  names: ['Reddit'],
  titleBylines: false,
  // og:description is Reddit's "Explore this post and more from …"; the description meta holds the text.
  preferDescription: 'last',
  postUrl: (url) => (isRedditPage(url.href) && /\/comments\/[a-z0-9]+/i.test(url.pathname) ? `${ORIGIN}${url.pathname}` : undefined),
  // "From the lotus community on Reddit: My Lotus Elise…" — the prefix is Reddit's, not the poster's.
  cleanTitle: (title) => title.replace(/^From the .+? community on Reddit: /, '').replace(/ : r\/\w+$/, ''),
  anchor: (document) => {
    const heading = document.querySelector('h1');
    return heading ? { element: heading, position: 'afterend' } : undefined;
  },
});

export default defineSocialSite({
  id: 'reddit',
  name: 'Reddit',
  platform: 'reddit',
  matches: ['https://www.reddit.com/*', 'https://reddit.com/*', 'https://new.reddit.com/*', 'https://sh.reddit.com/*'],
  isPage: isRedditPage,
  posts: 'shreddit-post, shreddit-comment',
  readPost: readRedditThing,
  pagePost: redditPagePost,
});
