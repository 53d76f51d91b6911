// Completes a site definition into a recipe: embedded data, then structured data, then the DOM selectors.
import { load } from 'cheerio';
import { extractReviews } from '../extract/extract-reviews.ts';
import type { ExtractedReview, RawReview } from '../review.ts';
import { readWithSelectors } from './read-selectors.ts';
import type { PageSnapshot, SiteDefinition, SiteReading, SiteRecipe } from './site-recipe.ts';

/**
 * A recipe from its definition. Reading order: the site's embedded data, then schema.org structured data
 * (stable across redesigns, and how a page the recipe does not recognise is still read), then selectors.
 */
export function defineSite(definition: SiteDefinition): SiteRecipe {
  return { ...definition, extract: (page) => readSitePage(definition, page) };
}

function readSitePage(site: SiteDefinition, page: PageSnapshot): SiteReading {
  const problems: string[] = [];
  const embedded = site.readEmbedded?.(page);
  if (embedded?.reviews.length) return embedded;
  if (embedded) problems.push(...embedded.problems);
  if (site.format === 'json') return { reviews: [], problems: [...problems, `${site.id}: no reviews found in the document`] };
  const $ = load(page.body);
  const fromSelectors = () => (site.selectors ? readWithSelectors($, site.selectors, site.id, page.url) : []);
  if (site.selectorsFirst) {
    const reviews = fromSelectors();
    if (reviews.length) return { reviews, problems };
  }
  const structured = extractReviews($, { url: page.url });
  if (structured.reviews.length) {
    return { reviews: structured.reviews.map((review) => fromStructured(site, review, page.url)), problems: structured.problems };
  }
  if (!site.selectorsFirst) {
    const reviews = fromSelectors();
    if (reviews.length) return { reviews, problems };
  }
  const tried = site.selectors ? `structured data or "${site.selectors.review}"` : 'structured data';
  return { reviews: [], problems: [...problems, ...structured.problems.filter((p) => !p.startsWith('no reviews')), `${site.id}: no reviews found (looked for ${tried})`] };
}

/** A structured-data review as the RawReview of `site`. */
export function fromStructured(site: Pick<SiteDefinition, 'id' | 'idFromStructured'>, review: ExtractedReview, pageUrl: string): RawReview {
  const raw: RawReview = { platform: site.id, url: review.url ?? pageUrl, pageUrl, author: {}, text: review.body ?? '' };
  const externalId = review.id && site.idFromStructured?.(review.id);
  if (externalId) raw.externalId = externalId;
  if (review.author?.name) raw.author.name = review.author.name;
  if (review.author?.url) raw.author.url = review.author.url;
  if (review.title) raw.title = review.title;
  if (review.rating !== undefined) raw.rating = review.rating;
  if (review.publishedAt) raw.publishedAt = review.publishedAt;
  if (review.lang) raw.lang = review.lang;
  if (review.itemReviewed) raw.itemReviewed = review.itemReviewed;
  return raw;
}
