// The shape of a review-site recipe: one declarative object per site, as registered in registry.ts.
import type { RawReview } from '../review.ts';

/**
 * Where to read one review field inside a review's element. A bare string is a CSS selector whose text is
 * read; a list is tried in order (markup of several site versions), the first value found wins.
 */
export type FieldRule =
  | FieldRule[]
  | string
  | {
      /** CSS selector inside the review element; omitted means the review element itself. */
      selector?: string;
      /** Attribute to read instead of the text. */
      attr?: string;
      /** Keeps the first capture group (or the whole match) of this pattern. */
      pattern?: RegExp;
    };

/** How a site shows reviews in its DOM: used where the page carries no structured review data. */
export interface ReviewSelectors {
  /** One element per review. */
  review: string;
  /** The platform's review id. */
  id?: FieldRule;
  author?: FieldRule;
  authorUrl?: FieldRule;
  /** Text or attribute holding the rating ("Rated 4 out of 5 stars", "4.0 out of 5", "stars-9"). */
  rating?: FieldRule;
  /** The site's rating scale. @default { best: 5, worst: 1 } */
  ratingScale?: { best: number; worst: number };
  /** Divides the number read from `rating` first (G2 writes half stars as "stars-9"). @default 1 */
  ratingDivisor?: number;
  /** An ISO date attribute, or text with a written date ("March 3, 2024"); relative dates are dropped. */
  date?: FieldRule;
  title?: FieldRule;
  body?: FieldRule;
  /** The review's permalink. */
  link?: FieldRule;
  lang?: FieldRule;
}

/** How to reach older reviews. */
export interface Pagination {
  /** A "next page" link whose href is followed. */
  nextLink?: string;
  /** A "load more" button that is clicked; the new reviews are awaited in the same page. */
  loadMore?: string;
  /** A scrolling list that loads more reviews when scrolled to its end (infinite scroll). */
  scroll?: string;
}

/** A fetched page (HTML after rendering) or document (a JSON feed) and where it came from. */
export interface PageSnapshot {
  /** Final URL after redirects. */
  url: string;
  body: string;
}

/** What a recipe read from one page. */
export interface SiteReading {
  reviews: RawReview[];
  /** What was skipped and why, e.g. "no reviews found …". */
  problems: string[];
  /** The next page's URL when the content itself says (a feed's `rel="next"` link). */
  next?: string;
}

/** A review-site recipe as written in collector/reviews/sites/<id>.ts. */
export interface SiteDefinition {
  /** Platform id, also the file name (trustpilot, google-maps, …). */
  id: string;
  name: string;
  /** A URL the recipe supports, for docs and tests. */
  example: string;
  isSupported(url: URL): boolean;
  /** The URL that lists the newest reviews first. */
  newestUrl(url: URL): string;
  /** Clicks, in order, that sort reviews newest-first where no URL does (Google Maps, Google Play). */
  newestClicks?: string[];
  /** Selector that appears once the reviews have rendered; awaited before reading. */
  ready?: string;
  /** Buttons clicked to show each review's full text before reading (Google Maps' "More"). */
  expand?: string;
  /** Read the DOM before structured data, when the DOM carries review ids that structured data lacks. */
  selectorsFirst?: boolean;
  /** How the page is fetched: rendered in the browser, or a JSON document. @default 'html' */
  format?: 'html' | 'json';
  selectors?: ReviewSelectors;
  nextPage?: Pagination;
  /** The site's own embedded data (a feed, a state blob), read before structured data and selectors. */
  readEmbedded?(page: PageSnapshot): SiteReading | undefined;
  /** The platform's review id from a structured-data review's `@id`, when the site encodes it there. */
  idFromStructured?(id: string): string | undefined;
}

/** A complete recipe: the definition plus its reading of a page. */
export interface SiteRecipe extends SiteDefinition {
  /** Embedded data, else structured data, else selectors; says why when none of them finds a review. */
  extract(page: PageSnapshot): SiteReading;
}
