// What the review half of the collector yields: reviews read from a page, and the raw review handed to the pipeline.
import { mentionIdOf } from '../../shared/stable-id.ts';

/** A rating as the page wrote it, with the scale used to read it (schema.org defaults: 1 to 5). */
export interface RatingScale {
  value: number;
  /** @default 5 */
  best: number;
  /** @default 1 */
  worst: number;
}

/** One review found in a page's structured data (JSON-LD, microdata or RDFa). */
export interface ExtractedReview {
  /** The item's `@id` / `itemid` when the page gives one (often the platform's review id). */
  id?: string;
  /** Who wrote it; absent when the page does not say (never guessed). */
  author?: { name?: string; url?: string };
  /** 0 (worst) … 1 (best) on the page's own scale. */
  rating?: number;
  /** The numbers `rating` was computed from. */
  ratingRaw?: RatingScale;
  /** ISO 8601 as the page gave it (date or date-time); absent when missing or unreadable. */
  publishedAt?: string;
  title?: string;
  body?: string;
  /** The review's own URL, when the page gives one. */
  url?: string;
  /** Language of the review itself (`inLanguage` or the review element's `lang`), never the page's. */
  lang?: string;
  /** Name of what is reviewed: `itemReviewed`, or the item the review is nested in. */
  itemReviewed?: string;
}

/** The overall rating of a product, place or organisation. */
export interface ExtractedAggregate {
  ratingValue: number;
  /** @default 5 */
  bestRating: number;
  /** @default 1 */
  worstRating: number;
  ratingCount?: number;
  reviewCount?: number;
  /** `ratingValue` on a 0–1 scale; absent when it lies outside its own scale. */
  normalized?: number;
  itemReviewed?: string;
}

/** Everything the generic extractor read from one page. */
export interface ReviewExtraction {
  reviews: ExtractedReview[];
  /** The page's main aggregate rating (the first one found). */
  aggregate?: ExtractedAggregate;
  /** Every aggregate rating on the page, in document order. */
  aggregates: ExtractedAggregate[];
  /** What was skipped and why ("json-ld block 2: not valid JSON …", "no reviews found …"). */
  problems: string[];
}

/**
 * A review as a review source hands it to the pipeline (normalize → dedupe → match → enrich → store).
 * `platform`, `rating` and `author` map straight onto the Mention fields of the same names.
 */
export interface RawReview {
  /** Site recipe id (trustpilot, google-maps, yelp, …), or "web" for a page read by the generic extractor. */
  platform: string;
  /** The platform's own id for the review, when it shows one. */
  externalId?: string;
  /** The review's permalink when it has one, else the page it was read from (then equal to `pageUrl`). */
  url: string;
  /** The page the review was read from. */
  pageUrl: string;
  /** Who wrote it, as the platform shows it; empty when the page does not say (never guessed). */
  author: { name?: string; handle?: string; url?: string };
  title?: string;
  /** Plain text of the review (may be empty when the platform shows only a rating). */
  text: string;
  /** 0 (worst) … 1 (best). */
  rating?: number;
  /** ISO 8601; absent when the page gives no absolute date (relative dates like "2 weeks ago" are not turned into one). */
  publishedAt?: string;
  /** Language code the platform states for the review. */
  lang?: string;
  /** What the review is about, when the page says. */
  itemReviewed?: string;
}

/**
 * The stable key of a review: the same id the store gives its Mention (platform + external id, else the
 * review's own permalink, else its title and text). A page URL shared by many reviews is never the key.
 */
export function reviewKeyOf(review: RawReview): string {
  return mentionIdOf({
    platform: review.platform,
    guid: review.externalId,
    url: review.url !== review.pageUrl ? review.url : undefined,
    title: review.title,
    text: [review.author.name ?? '', review.publishedAt ?? '', review.text].join('\n'),
  });
}
