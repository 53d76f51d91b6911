// Trustpilot company review pages (trustpilot.com/review/<domain>): the review cards marked with
// data-service-review-* and data-consumer-* hooks (the same hooks the collector's page recipe reads), and
// a single review's page (trustpilot.com/reviews/<id>) from its metadata when its card is not rendered.
import { metadataPostReader } from './metadata-post.ts';
import { absoluteUrl, attrAt, ratingFrom, textAt, toIsoDate } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

const ORIGIN = 'https://www.trustpilot.com';

export function isTrustpilotPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /(^|\.)trustpilot\.com$/.test(parsed.hostname) && /^\/(review|reviews)\//.test(parsed.pathname);
  } catch {
    return false;
  }
}

export function readTrustpilotReview(card: Element): PagePost | undefined {
  const body = card.querySelector('[data-service-review-text-typography]');
  const titleLink = card.querySelector('a[data-review-title-typography]');
  if (!body && !titleLink) return undefined;
  const href = titleLink?.getAttribute('href');
  const post: PagePost = {
    element: card,
    anchor: titleLink ?? body ?? card,
    position: 'afterend',
    platform: 'trustpilot',
    kind: 'review',
    author: {},
    text: textAt(card, '[data-service-review-text-typography]') ?? '',
  };
  const name = textAt(card, '[data-consumer-name-typography]');
  if (name) post.author.name = name;
  const profile = absoluteUrl(attrAt(card, 'a[data-consumer-profile-link]', 'href'), ORIGIN);
  if (profile) post.author.url = profile;
  const url = absoluteUrl(href, ORIGIN);
  if (url) post.url = url;
  const id = href ? /\/reviews\/([0-9a-f]+)/i.exec(href)?.[1] : undefined;
  if (id) post.externalId = id;
  const title = textAt(card, '[data-service-review-title-typography]');
  if (title) post.title = title;
  const rating = ratingFrom(attrAt(card, '[data-service-review-rating]', 'data-service-review-rating'));
  if (rating !== undefined) post.rating = rating;
  const publishedAt = toIsoDate(attrAt(card, 'time[data-service-review-date-time-ago], time[datetime]', 'datetime'));
  if (publishedAt) post.publishedAt = publishedAt;
  const lang = attrAt(card, '[data-service-review-text-typography][lang]', 'lang');
  if (lang) post.lang = lang.slice(0, 2);
  return post;
}

/** A single review's page from its metadata (schema.org Review: author, body, stars). */
export const trustpilotPagePost = metadataPostReader({
  platform: 'trustpilot',
  names: ['Trustpilot'],
  kind: 'review',
  postUrl: (url) => {
    const id = isTrustpilotPage(url.href) ? /^\/reviews\/([0-9a-f]{12,})\/?$/i.exec(url.pathname)?.[1] : undefined;
    return id ? `${ORIGIN}/reviews/${id}` : undefined;
  },
  refine: (post) => {
    const id = post.url ? /\/reviews\/([0-9a-f]+)/i.exec(post.url)?.[1] : undefined;
    if (id) post.externalId = id;
  },
});

export default defineSocialSite({
  id: 'trustpilot',
  name: 'Trustpilot',
  platform: 'trustpilot',
  matches: ['https://www.trustpilot.com/review/*', 'https://*.trustpilot.com/review/*', 'https://www.trustpilot.com/reviews/*'],
  isPage: isTrustpilotPage,
  posts: 'article[data-service-review-card-paper]',
  readPost: readTrustpilotReview,
  pagePost: trustpilotPagePost,
});
