// LinkedIn: feed updates (`div.feed-shared-update-v2[data-urn]`) and their comments
// (`article.comments-comment-entity`). Dates are relative ("2d"), so none is read. A post or article page
// without the feed's containers (logged out, saved) is read from its metadata.
import { handleFromUrl } from '../../../shared/author-handle.ts';
import { metadataPostReader } from './metadata-post.ts';
import { absoluteUrl, attrAt, readText, textAt } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

const ORIGIN = 'https://www.linkedin.com';

export function isLinkedinPage(url: string): boolean {
  try {
    return /(^|\.)linkedin\.com$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

function withAuthor(post: PagePost, name: string | undefined, href: string | undefined): PagePost {
  if (name) post.author.name = name;
  const url = absoluteUrl(href, ORIGIN);
  if (url) {
    const clean = url.split('?')[0] ?? url;
    post.author.url = clean;
    const handle = handleFromUrl(clean);
    if (handle) post.author.handle = handle.handle;
  }
  return post;
}

export function readLinkedinThing(element: Element): PagePost | undefined {
  if (element.matches('article.comments-comment-entity, article.comments-comment-item')) {
    const body = element.querySelector('.comments-comment-item__main-content, .comments-comment-entity__content');
    if (!body) return undefined;
    const post: PagePost = { element, anchor: body, position: 'afterend', platform: 'linkedin', kind: 'comment', author: {}, text: readText(body) };
    // "urn:li:comment:(activity:7212…,7213…)": the comment's link is its activity with the comment id.
    const urn = element.getAttribute('data-id');
    const activity = urn ? /activity:(\d+),(\d+)/.exec(urn) : null;
    if (activity) post.url = `${ORIGIN}/feed/update/urn:li:activity:${activity[1]}/?commentUrn=${encodeURIComponent(urn ?? '')}`;
    return withAuthor(post, textAt(element, '.comments-comment-meta__description-title, .comments-post-meta__name-text span[aria-hidden="true"]'), attrAt(element, 'a.comments-comment-meta__image-link, a.comments-post-meta__actor-link', 'href'));
  }
  const urn = element.getAttribute('data-urn');
  const body = element.querySelector('.update-components-text') ?? element.querySelector('.feed-shared-inline-show-more-text');
  if (!urn?.startsWith('urn:li:activity:')) return undefined;
  const post: PagePost = {
    element,
    anchor: body ?? element.querySelector('.update-components-actor') ?? element,
    position: 'afterend',
    platform: 'linkedin',
    kind: 'post',
    url: `${ORIGIN}/feed/update/${urn}/`,
    author: {},
    text: body ? readText(body) : '',
  };
  return withAuthor(post, textAt(element, '.update-components-actor__title span[aria-hidden="true"]'), attrAt(element, 'a.update-components-actor__meta-link, a.update-components-actor__image', 'href'));
}

/** One post: `/posts/<slug>-activity-<id>-…`, `/feed/update/urn:li:activity:<id>`, or a `/pulse/<slug>` article. */
const POST_PATH = /^\/(posts\/[^/]+|feed\/update\/urn:li:(?:activity|ugcPost|share):\d+|pulse\/[^/]+)\/?$/;

/** A post or article page from its metadata (JSON-LD posting, Open Graph, the author's microdata). */
export const linkedinPagePost = metadataPostReader({
  platform: 'linkedin',
  names: ['LinkedIn', 'LinkedIn Pulse'],
  postUrl: (url) => {
    return isLinkedinPage(url.href) && POST_PATH.test(url.pathname) ? `${ORIGIN}${url.pathname}` : undefined;
  },
  profileUrl: (handle) => `${ORIGIN}/in/${handle}`,
  // The guest layout's post text, or an article's headline.
  anchor: (document) => {
    const element = document.querySelector('main .attributed-text-segment-list__content, h1.article-title, main h1');
    return element ? { element, position: 'afterend' } : undefined;
  },
  refine: (post, _metadata, url) => {
    if (url.pathname.startsWith('/pulse/')) post.kind = 'article';
  },
});

export default defineSocialSite({
  id: 'linkedin',
  name: 'LinkedIn',
  platform: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  isPage: isLinkedinPage,
  posts: 'div.feed-shared-update-v2[data-urn], article.comments-comment-entity, article.comments-comment-item',
  readPost: readLinkedinThing,
  pagePost: linkedinPagePost,
});
