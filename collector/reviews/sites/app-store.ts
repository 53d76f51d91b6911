// Apple App Store reviews through Apple's public customer-reviews feed (JSON, newest first, up to 10 pages).
import { z } from 'zod';
import { normalizeRating } from '../rating-scale.ts';
import { toIsoDate } from '../review-date.ts';
import type { RawReview } from '../review.ts';
import { defineSite } from './define-site.ts';
import type { PageSnapshot, SiteReading } from './site-recipe.ts';

/** Apple serves at most this many pages of 50 reviews. */
const LAST_PAGE = 10;
const label = z.object({ label: z.string() });
const entrySchema = z.object({
  id: label,
  author: z.object({ name: label, uri: label.optional() }),
  updated: label.optional(),
  'im:rating': label,
  title: label.optional(),
  content: label.optional(),
});

/** Store URL (apps.apple.com/<cc>/app/<slug>/id<n>) or feed URL → country and app id. */
function appOf(url: URL): { country: string; id: string } | undefined {
  const store = /^\/([a-z]{2})\/app\/(?:[^/]+\/)?id(\d+)/.exec(url.pathname);
  if (store) return { country: store[1]!, id: store[2]! };
  const feed = /^\/([a-z]{2})\/rss\/customerreviews\/(?:page=\d+\/)?id=(\d+)/.exec(url.pathname);
  return feed ? { country: feed[1]!, id: feed[2]! } : undefined;
}

const feedUrl = (app: { country: string; id: string }, page: number) =>
  `https://itunes.apple.com/${app.country}/rss/customerreviews/${page > 1 ? `page=${page}/` : ''}id=${app.id}/sortby=mostrecent/json`;

function readFeed(page: PageSnapshot): SiteReading {
  let document: unknown;
  try {
    document = JSON.parse(page.body);
  } catch {
    return { reviews: [], problems: ['app-store: the feed is not JSON'] };
  }
  const feed = (document as { feed?: { entry?: unknown } } | null)?.feed;
  if (!feed) return { reviews: [], problems: ['app-store: the document has no "feed"'] };
  // One review comes as an object, several as an array; an app with none has no "entry" at all.
  const entries = feed.entry === undefined ? [] : [feed.entry].flat();
  const reviews: RawReview[] = [];
  const problems: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsed = entrySchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(`app-store: entry ${index + 1} is not a review (${parsed.error.issues[0]?.path.join('.') ?? 'shape'})`);
      continue;
    }
    const { id, author, updated, title, content } = parsed.data;
    const review: RawReview = { platform: 'app-store', externalId: id.label, url: page.url, pageUrl: page.url, author: { name: author.name.label }, text: content?.label.trim() ?? '' };
    if (author.uri?.label) review.author.url = author.uri.label;
    if (title?.label) review.title = title.label;
    const rating = normalizeRating({ value: Number(parsed.data['im:rating'].label), best: 5, worst: 1 });
    if (rating !== undefined) review.rating = rating;
    const publishedAt = toIsoDate(updated?.label);
    if (publishedAt) review.publishedAt = publishedAt;
    reviews.push(review);
  }
  const app = appOf(new URL(page.url));
  const current = Number(/\/page=(\d+)\//.exec(page.url)?.[1] ?? 1);
  const reading: SiteReading = { reviews, problems };
  if (app && reviews.length && current < LAST_PAGE) reading.next = feedUrl(app, current + 1);
  return reading;
}

export const appStore = defineSite({
  id: 'app-store',
  name: 'Apple App Store',
  example: 'https://apps.apple.com/us/app/example/id1234567890',
  isSupported: (url) => (url.hostname === 'apps.apple.com' || url.hostname === 'itunes.apple.com') && appOf(url) !== undefined,
  newestUrl: (url) => feedUrl(appOf(url) ?? { country: 'us', id: '' }, 1),
  format: 'json',
  readEmbedded: readFeed,
});
