// TikTok: a video's description on its page (`data-e2e="browse-video-desc"`, or the media cards' `video-desc`)
// and the comments under it
// (styled-components containers named …DivCommentItemContainer, `data-e2e="comment-level-1"` text); a video
// page that renders neither (saved, or redesigned) is read from its metadata.
import { completedBy, metadataPostReader } from './metadata-post.ts';
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

/** The video page's own description: the page's author and canonical video are its. */
function readBrowseDescription(element: Element): PagePost {
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

/**
 * A media card's description (the 2025 layout puts the video, then recommended ones, in cards): author and
 * link from the card itself. Only the first card is the page's video, so only it may take the canonical URL.
 */
function readCardDescription(element: Element): PagePost {
  const post: PagePost = { element, anchor: element, position: 'afterend', platform: 'tiktok', kind: 'post', author: {}, text: readText(element) };
  let card: Element | null = element.parentElement;
  const hasCreator = (el: Element): boolean => [...el.querySelectorAll('a[href^="/@"]')].some((a) => !element.contains(a));
  for (let depth = 0; card && depth < 8 && !hasCreator(card); depth++) card = card.parentElement;
  // The creator's link, not an @mention inside the description.
  const creator = card ? [...card.querySelectorAll('a[href^="/@"]')].find((a) => !element.contains(a)) : undefined;
  const handle = handleOf(creator?.getAttribute('href') ?? undefined);
  if (handle) post.author = { handle, url: `${ORIGIN}/@${handle}` };
  const own = card ? [...card.querySelectorAll('a[href*="/video/"]')].find((a) => !element.contains(a))?.getAttribute('href') ?? undefined : undefined;
  const page = element.ownerDocument;
  const canonical = attrAt(page, 'link[rel="canonical"]', 'href');
  const isPageVideo = page.querySelector('[data-e2e="video-desc"]') === element && handle !== undefined && handleOf(canonical) === handle;
  const url = absoluteUrl(own ?? (isPageVideo ? canonical : undefined), ORIGIN);
  if (url && /\/video\/\d+/.test(url)) post.url = url;
  // The page's own video: its metadata names the creator and dates it, which the card does not.
  const described = isPageVideo && url ? tiktokPagePost(page, url) : undefined;
  return described ? completedBy(post, described) : post;
}

export function readTiktokThing(element: Element): PagePost | undefined {
  if (element.matches('[data-e2e="browse-video-desc"]')) return readBrowseDescription(element);
  if (element.matches('[data-e2e="video-desc"]')) return readCardDescription(element);
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

const VIDEO_PATH = /^\/@([\w.]+)\/(video|photo)\/(\d{6,})/;

/**
 * The upload instant a TikTok id carries: its top 32 bits are the Unix time in seconds (ids are Snowflake-
 * like). Undefined for an id whose time would be before TikTok or in the future (not such an id).
 */
export function tiktokIdTime(id: string, now = Date.now()): string | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 32n) * 1000;
  return ms >= Date.UTC(2016, 8, 1) && ms <= now + 86_400_000 ? new Date(ms).toISOString() : undefined;
}

/** A video page from its metadata: "Name on TikTok", the caption, and the handle in the URL. */
export const tiktokPagePost = metadataPostReader({
  platform: 'tiktok',
  names: ['TikTok'],
  postUrl: (url) => {
    const m = isTiktokPage(url.href) ? VIDEO_PATH.exec(url.pathname) : null;
    return m ? `${ORIGIN}/@${m[1]}/${m[2]}/${m[3]}` : undefined;
  },
  profileUrl: (handle) => `${ORIGIN}/@${handle}`,
  refine: (post, _metadata, url) => {
    const id = VIDEO_PATH.exec(url.pathname)?.[3];
    const at = id ? tiktokIdTime(id) : undefined;
    if (!post.publishedAt && at) post.publishedAt = at;
  },
});

export default defineSocialSite({
  id: 'tiktok',
  name: 'TikTok',
  platform: 'tiktok',
  matches: ['https://www.tiktok.com/*'],
  isPage: isTiktokPage,
  posts: '[data-e2e="browse-video-desc"], [data-e2e="video-desc"], div[class*="DivCommentItemContainer"]',
  readPost: readTiktokThing,
  pagePost: tiktokPagePost,
});
