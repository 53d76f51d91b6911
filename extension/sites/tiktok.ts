// TikTok: a video's description on its page (`data-e2e="browse-video-desc"`) and the comments under it
// (styled-components containers named …DivCommentItemContainer, `data-e2e="comment-level-1"` text).
import { absoluteUrl, attrAt, metaContent, readText, textAt } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

const ORIGIN = 'https://www.tiktok.com';

export function isTiktokPage(url: string): boolean {
  try {
    return /(^|\.)tiktok\.com$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

const handleOf = (href: string | undefined): string | undefined => (href ? /\/@([\w.]+)/.exec(href)?.[1] : undefined);

export function readTiktokThing(element: Element): PagePost | undefined {
  if (element.matches('[data-e2e="browse-video-desc"], [data-e2e="video-desc"]')) {
    const page = element.ownerDocument;
    const video = attrAt(page, 'link[rel="canonical"]', 'href') ?? metaContent(page, 'og:url') ?? page.location?.href;
    const post: PagePost = { element, anchor: element, position: 'afterend', platform: 'tiktok', kind: 'post', author: {}, text: readText(element) };
    const handle = textAt(page, '[data-e2e="browse-username"], [data-e2e="video-author-uniqueid"]')?.replace(/^@/, '');
    if (handle) post.author = { handle, url: `${ORIGIN}/@${handle}` };
    const name = textAt(page, '[data-e2e="browse-user-nickname"] span, [data-e2e="video-author-nickname"]');
    if (name) post.author.name = name;
    const url = absoluteUrl(video, ORIGIN);
    if (url && /\/video\/\d+/.test(url)) post.url = url;
    return post;
  }
  const body = element.querySelector('[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]');
  if (!body) return undefined;
  const post: PagePost = { element, anchor: body, position: 'afterend', platform: 'tiktok', kind: 'comment', author: {}, text: readText(body) };
  const profile = attrAt(element, 'a[href^="/@"]', 'href');
  const handle = handleOf(profile);
  if (handle) post.author = { handle, url: `${ORIGIN}/@${handle}` };
  const name = textAt(element, '[data-e2e="comment-username-1"], [data-e2e="comment-username-2"]');
  if (name) post.author.name = name;
  return post;
}

export default defineSocialSite({
  id: 'tiktok',
  name: 'TikTok',
  platform: 'tiktok',
  matches: ['https://www.tiktok.com/*'],
  isPage: isTiktokPage,
  posts: '[data-e2e="browse-video-desc"], [data-e2e="video-desc"], div[class*="DivCommentItemContainer"]',
  readPost: readTiktokThing,
});
