// Google Maps place reviews: the review blocks carrying data-review-id in the place panel's infinite list
// (hashed class names, the same ones the collector's page recipe reads). Maps dates are relative only. A
// shared review's page (/maps/reviews/…) that shows no review block is read from its metadata.
import { metadataPostReader } from './metadata-post.ts';
import { absoluteUrl, attrAt, ratingFrom, readText, textAt } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

export function isGoogleMapsPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /^(www\.)?google\.[a-z.]+$|^maps\.google\.[a-z.]+$/.test(parsed.hostname) && parsed.pathname.startsWith('/maps');
  } catch {
    return false;
  }
}

export function readMapsReview(block: Element): PagePost | undefined {
  const id = block.getAttribute('data-review-id');
  const body = block.querySelector('.wiI7pd');
  if (!id) return undefined;
  const post: PagePost = {
    element: block,
    anchor: body ?? block.querySelector('.d4r55') ?? block,
    position: 'afterend',
    platform: 'google-maps',
    kind: 'review',
    externalId: id,
    author: {},
    text: body ? readText(body) : '',
  };
  const name = textAt(block, '.d4r55');
  if (name) post.author.name = name;
  const profile = absoluteUrl(attrAt(block, 'button[data-href*="/maps/contrib/"]', 'data-href'), 'https://www.google.com');
  if (profile) post.author.url = profile;
  // "4 stars" / "4 estrellas": the first number of the label, out of five.
  const rating = ratingFrom(attrAt(block, 'span[role="img"][aria-label]', 'aria-label'));
  if (rating !== undefined) post.rating = rating;
  const lang = attrAt(block, '[lang]', 'lang');
  if (lang) post.lang = lang.slice(0, 2);
  return post;
}

/** A shared review's page from its metadata; a place's page is about the place, not one review. */
export const mapsPagePost = metadataPostReader({
  platform: 'google-maps',
  names: ['Google Maps', 'Google'],
  kind: 'review',
  titleBylines: false,
  postUrl: (url) => (isGoogleMapsPage(url.href) && url.pathname.startsWith('/maps/reviews/') ? url.href : undefined),
});

export default defineSocialSite({
  id: 'google-maps',
  name: 'Google Maps',
  platform: 'google-maps',
  matches: ['https://www.google.com/maps/*', 'https://maps.google.com/*', 'https://www.google.es/maps/*', 'https://www.google.co.uk/maps/*'],
  isPage: isGoogleMapsPage,
  posts: 'div[data-review-id].jftiEf',
  readPost: readMapsReview,
  pagePost: mapsPagePost,
});
