// Reads reviews from a site's DOM with a recipe's selectors: pure, testable against saved pages.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { collapseSpace, resolveUrl } from '../extract/schema-node.ts';
import { normalizeRating, parseRatingNumber } from '../rating-scale.ts';
import { parseWrittenDate, toIsoDate } from '../review-date.ts';
import type { RawReview } from '../review.ts';
import type { FieldRule, ReviewSelectors } from './site-recipe.ts';

/** The text or attribute a rule points at inside `element`; undefined when absent or empty. */
export function readField($: CheerioAPI, element: Element, rule: FieldRule | undefined): string | undefined {
  if (rule === undefined) return undefined;
  if (Array.isArray(rule)) {
    for (const alternative of rule) {
      const value = readField($, element, alternative);
      if (value !== undefined) return value;
    }
    return undefined;
  }
  const { selector, attr, pattern } = typeof rule === 'string' ? { selector: rule, attr: undefined, pattern: undefined } : rule;
  const target = selector ? $(element).find(selector).first() : $(element);
  if (!target.length) return undefined;
  const raw = attr ? target.attr(attr) : target.text();
  if (raw === undefined) return undefined;
  let value = collapseSpace(raw);
  if (pattern) {
    const match = pattern.exec(value);
    if (!match) return undefined;
    value = (match[1] ?? match[0]).trim();
  }
  return value || undefined;
}

/** A date as ISO 8601 from an ISO attribute or a written date; undefined for relative or missing dates. */
export function readDate(text: string | undefined): string | undefined {
  return toIsoDate(text) ?? parseWrittenDate(text);
}

/** Every review element's fields as a RawReview of `platform`; elements with neither text nor rating are skipped. */
export function readWithSelectors($: CheerioAPI, selectors: ReviewSelectors, platform: string, pageUrl: string): RawReview[] {
  const reviews: RawReview[] = [];
  for (const element of $(selectors.review).toArray() as Element[]) {
    const field = (rule: FieldRule | undefined) => readField($, element, rule);
    const text = field(selectors.body) ?? '';
    const rating = ratingOf(field(selectors.rating), selectors);
    if (!text && rating === undefined) continue;
    const link = field(selectors.link);
    const review: RawReview = { platform, url: link ? resolveUrl(link, pageUrl) : pageUrl, pageUrl, author: {}, text };
    const id = field(selectors.id);
    if (id) review.externalId = id;
    const name = field(selectors.author);
    if (name) review.author.name = name;
    const authorUrl = field(selectors.authorUrl);
    if (authorUrl) review.author.url = resolveUrl(authorUrl, pageUrl);
    const title = field(selectors.title);
    if (title) review.title = title;
    if (rating !== undefined) review.rating = rating;
    const publishedAt = readDate(field(selectors.date));
    if (publishedAt) review.publishedAt = publishedAt;
    const lang = field(selectors.lang);
    if (lang) review.lang = lang;
    reviews.push(review);
  }
  return reviews;
}

function ratingOf(text: string | undefined, selectors: ReviewSelectors): number | undefined {
  const number = parseRatingNumber(text);
  if (number === undefined) return undefined;
  const { best, worst } = selectors.ratingScale ?? { best: 5, worst: 1 };
  return normalizeRating({ value: number / (selectors.ratingDivisor ?? 1), best, worst });
}
