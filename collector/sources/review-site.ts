// Review sites (Trustpilot, Google Maps, Yelp, TripAdvisor, App Store, Google Play, G2, Amazon, or any page
// with schema.org reviews) read through the shared browser, newest first, until reviews already stored.
import { z } from 'zod';
import { collectReviews } from '../reviews/collect-reviews.ts';
import { reviewKeyOf, type RawReview } from '../reviews/review.ts';
import { defineSource, type RawItem } from './kit/define-source.ts';
import { readSourceOptions } from './kit/source-options.ts';

const reviewOptions = z.object({
  /** Pages (or "load more" rounds) read at most per run. @default 5 */
  maxPages: z.number().int().min(1).max(100).default(5),
  /** Honour robots.txt. @default true */
  robots: z.boolean().default(true),
});

/** A review as the pipeline's raw item: platform, rating and author kept, the id the review's own key. */
export function toRawItem(review: RawReview): RawItem {
  return {
    id: reviewKeyOf(review),
    guid: review.externalId,
    url: review.url,
    title: review.title,
    content: review.text,
    author: review.author,
    publishedAt: review.publishedAt,
    platform: review.platform,
    kind: 'review',
    rating: review.rating,
    lang: review.lang,
  };
}

export default defineSource({
  id: 'reviews',
  kind: 'review',
  name: 'Review site page (browser)',
  example: { id: 'acme-trustpilot', kind: 'reviews', url: 'https://www.trustpilot.com/review/acme.com', every: '6h', maxPages: 3 },
  needs: { browser: true },
  options: reviewOptions,
  async fetch({ config, browser, isStored, signal }) {
    const options = readSourceOptions(config, reviewOptions);
    if (!browser) throw new Error(`source ${config.id}: no browser available to this collector`);
    const reviews = await collectReviews(
      { id: config.id, url: config.url, maxPages: options.maxPages, robots: options.robots },
      { pool: browser(), seen: (key) => isStored?.(key) ?? false, signal },
    );
    return { items: reviews.map(toRawItem), cursor: {} };
  },
});
