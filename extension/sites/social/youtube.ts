// YouTube: comments under a video (`ytd-comment-view-model`, older `ytd-comment-renderer`), and the video a
// watch page is about, from its schema.org microdata or JSON-LD (author, upload date).
import { handleFromUrl } from '../../../shared/author-handle.ts';
import { metadataPostReader } from './metadata-post.ts';
import { absoluteUrl, readText } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

const ORIGIN = 'https://www.youtube.com';

export function isYoutubePage(url: string): boolean {
  try {
    return /(^|\.)youtube\.com$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The video id of a watch or shorts URL. */
export function videoIdOf(url: string): string | undefined {
  const parsed = new URL(url);
  return parsed.searchParams.get('v') ?? /^\/shorts\/([\w-]{6,})/.exec(parsed.pathname)?.[1];
}

export function readYoutubeComment(element: Element): PagePost | undefined {
  const content = element.querySelector('#content-text');
  if (!content) return undefined;
  const authorLink = element.querySelector('a#author-text, #author-text');
  // Comment dates are relative ("2 days ago"): the link is kept, the date is not guessed.
  const permalink = absoluteUrl(element.querySelector('#published-time-text a, .published-time-text a')?.getAttribute('href'), ORIGIN);
  const post: PagePost = {
    element,
    anchor: content,
    position: 'afterend',
    platform: 'youtube',
    kind: 'comment',
    author: {},
    text: readText(content),
  };
  const shown = authorLink ? readText(authorLink) : undefined;
  const authorUrl = absoluteUrl(authorLink?.getAttribute('href'), ORIGIN);
  if (shown) post.author.handle = shown.replace(/^@/, '');
  if (authorUrl) {
    post.author.url = authorUrl;
    const fromUrl = handleFromUrl(authorUrl);
    if (fromUrl) post.author.handle = fromUrl.handle;
  }
  if (permalink) post.url = permalink;
  return post;
}

/** The video of a watch page: title, description, channel and upload date (microdata, JSON-LD, meta tags). */
export const youtubePagePost = metadataPostReader({
  platform: 'youtube',
  names: ['YouTube'],
  // Video titles are headlines, never "Name on YouTube: …" bylines.
  titleBylines: false,
  postUrl: (url) => {
    const video = isYoutubePage(url.href) ? videoIdOf(url.href) : undefined;
    return video ? `${ORIGIN}/watch?v=${video}` : undefined;
  },
  anchor: (document) => {
    const heading = document.querySelector('ytd-watch-metadata h1, #title h1');
    return heading ? { element: heading, position: 'afterend' } : undefined;
  },
});

export default defineSocialSite({
  id: 'youtube',
  name: 'YouTube',
  platform: 'youtube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  isPage: isYoutubePage,
  posts: 'ytd-comment-view-model, ytd-comment-renderer',
  readPost: readYoutubeComment,
  pagePost: youtubePagePost,
});
