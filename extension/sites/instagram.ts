// Instagram: posts in the home feed and on post pages (`article` with the author's link in its header and
// the post's own link around its `time`); the caption is the post page's `h1`, else the feed's caption span.
import { handleFromUrl } from '../../shared/author-handle.ts';
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
  const url = absoluteUrl(postLink.getAttribute('href')?.replace(/^\/[\w.]+\/(p|reel)\//, '/$1/'), ORIGIN);
  if (url) post.url = url;
  const publishedAt = toIsoDate(article.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (publishedAt) post.publishedAt = publishedAt;
  return post;
}

function longestSpan(article: Element): Element | undefined {
  const spans = [...article.querySelectorAll('span[dir="auto"]')].filter((span) => !span.closest('header, a'));
  return spans.sort((a, b) => readText(b).length - readText(a).length)[0];
}

export default defineSocialSite({
  id: 'instagram',
  name: 'Instagram',
  platform: 'instagram',
  matches: ['https://www.instagram.com/*'],
  isPage: isInstagramPage,
  posts: 'article',
  readPost: readInstagramPost,
});
