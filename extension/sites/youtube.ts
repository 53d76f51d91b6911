// YouTube: comments under a video (`ytd-comment-view-model`, older `ytd-comment-renderer`), and the video a
// watch page is about, from its schema.org microdata or JSON-LD (author, upload date).
import { handleFromUrl } from '../../shared/author-handle.ts';
import { absoluteUrl, cleanText, jsonLdNodes, ldIs, ldString, metaContent, readText, toIsoDate } from './post-reading.ts';
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

/** The video of a watch page: title, description, channel and upload date (microdata, else JSON-LD). */
export function youtubePagePost(document: Document, pageUrl: string): PagePost | undefined {
  if (!isYoutubePage(pageUrl)) return undefined;
  const video = videoIdOf(pageUrl);
  if (!video) return undefined;
  const ld = jsonLdNodes(document).find((node) => ldIs(node, 'VideoObject'));
  const author = document.querySelector('[itemprop="author"]');
  const name = author?.querySelector('[itemprop="name"]')?.getAttribute('content')?.trim() ?? ldAuthorName(ld);
  const channelUrl = absoluteUrl(author?.querySelector('[itemprop="url"]')?.getAttribute('href'), ORIGIN);
  const title = metaContent(document, 'og:title') ?? metaContent(document, 'name') ?? ldString(ld, 'name');
  const heading = document.querySelector('ytd-watch-metadata h1, #title h1');
  const post: PagePost = {
    anchor: heading ?? document.body,
    position: heading ? 'afterend' : 'float',
    platform: 'youtube',
    kind: 'post',
    url: `${ORIGIN}/watch?v=${video}`,
    author: {},
    text: cleanText(metaContent(document, 'og:description') ?? metaContent(document, 'description') ?? ''),
  };
  if (title) post.title = title;
  if (name) post.author.name = name;
  if (channelUrl) {
    post.author.url = channelUrl;
    const handle = handleFromUrl(channelUrl.replace(/^http:/, 'https:'));
    if (handle) post.author.handle = handle.handle;
  }
  // The video's own date: comments carry theirs too and must not date the video.
  const published = toIsoDate(metaContent(document, 'datePublished') ?? metaContent(document, 'uploadDate') ?? ldString(ld, 'uploadDate'));
  if (published) post.publishedAt = published;
  return post;
}

function ldAuthorName(node: Record<string, unknown> | undefined): string | undefined {
  const author = node?.author;
  return author && typeof author === 'object' ? ldString(author as Record<string, unknown>, 'name') : undefined;
}

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
