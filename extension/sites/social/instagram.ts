// Instagram: posts in the home feed and on post pages (`article` with the author's link in its header and
// the post's own link around its `time`); the caption is the post page's `h1`, else the feed's caption span.
// A post or reel page that renders none of that (saved, logged out) is read from its metadata.
import { handleFromUrl } from '../../../shared/author-handle.ts';
import { metadataPostReader } from './metadata-post.ts';
import { absoluteUrl, readText, toIsoDate } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

const ORIGIN = 'https://www.instagram.com';

export function isInstagramPage(url: string): boolean {
  try {
    return /(^|\.)instagram\.com$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

export function readInstagramPost(article: Element): PagePost | undefined {
  const postLink = [...article.querySelectorAll('a[href]')].find((a) => /\/(p|reel)\/[\w-]+/.test(a.getAttribute('href') ?? ''));
  if (!postLink) return undefined;
  const authorLink = [...article.querySelectorAll('header a[href]')].find((a) => handleFromUrl(absoluteUrl(a.getAttribute('href'), ORIGIN)));
  const handle = handleFromUrl(absoluteUrl(authorLink?.getAttribute('href'), ORIGIN));
  // Post pages put the caption in an h1; the feed in an auto-direction span outside the header and links.
  const caption = article.querySelector('h1') ?? longestSpan(article);
  const post: PagePost = {
    element: article,
    anchor: caption ?? article.querySelector('header') ?? article,
    position: 'afterend',
    platform: 'instagram',
    kind: 'post',
    author: {},
    text: caption ? readText(caption) : '',
  };
  if (handle) post.author = { handle: handle.handle, url: `${ORIGIN}/${handle.handle}/` };
  // "/p/<code>/", also from "/<user>/p/<code>/" and "/p/<code>/liked_by/".
  const code = /\/(p|reel)\/([\w-]+)/.exec(postLink.getAttribute('href') ?? '');
  if (code) post.url = `${ORIGIN}/${code[1]}/${code[2]}/`;
  const publishedAt = toIsoDate(article.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (publishedAt) post.publishedAt = publishedAt;
  return post;
}

function longestSpan(article: Element): Element | undefined {
  const spans = [...article.querySelectorAll('span[dir="auto"]')].filter((span) => !span.closest('header, a'));
  return spans.sort((a, b) => readText(b).length - readText(a).length)[0];
}

/** `/p/<code>`, `/reel/<code>`, `/tv/<code>` (also under a `/<user>/` prefix): one post. */
const POST_PATH = /^\/(?:[\w.]+\/)?(p|reels?|tv)\/([\w-]+)/;

/** A post page from its metadata: 'Name on Instagram: "caption"', "Name (@handle) • Instagram photo", "… - handle on May 29, 2021". */
export const instagramPagePost = metadataPostReader({
  platform: 'instagram',
  names: ['Instagram'],
  postUrl: (url) => {
    const m = isInstagramPage(url.href) ? POST_PATH.exec(url.pathname) : null;
    return m ? `${ORIGIN}/${m[1] === 'tv' ? 'tv' : m[1]?.startsWith('reel') ? 'reel' : 'p'}/${m[2]}/` : undefined;
  },
  profileUrl: (handle) => `${ORIGIN}/${handle}/`,
  anchor: (document) => {
    const main = document.querySelector('main');
    return main ? { element: main, position: 'afterbegin' } : undefined;
  },
});

export default defineSocialSite({
  id: 'instagram',
  name: 'Instagram',
  platform: 'instagram',
  matches: ['https://www.instagram.com/*'],
  isPage: isInstagramPage,
  posts: 'article',
  readPost: readInstagramPost,
  pagePost: instagramPagePost,
});
