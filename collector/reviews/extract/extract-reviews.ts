// The generic review extractor: schema.org reviews and ratings from any page, no browser needed.
import { load, type CheerioAPI } from 'cheerio';
import type { ExtractedAggregate, ExtractedReview, ReviewExtraction } from '../review.ts';
import { readJsonLd } from './json-ld.ts';
import { readMicrodata } from './microdata.ts';
import { readRdfa } from './rdfa.ts';
import { collapseSpace, type SchemaReading } from './schema-node.ts';
import { toSchemaReviews } from './schema-reviews.ts';

/** Which syntaxes to read. @default all three */
export type StructuredSyntax = 'json-ld' | 'microdata' | 'rdfa';

export interface ExtractOptions {
  /** The page's URL, to resolve relative links. */
  url?: string;
  /** @default ['json-ld', 'microdata', 'rdfa'] */
  syntaxes?: StructuredSyntax[];
}

const READERS: Record<StructuredSyntax, ($: CheerioAPI, url?: string) => SchemaReading> = {
  'json-ld': ($) => readJsonLd($),
  microdata: readMicrodata,
  rdfa: readRdfa,
};

/**
 * Reviews and aggregate ratings from a page's JSON-LD, microdata and RDFa. A review written in several
 * syntaxes is kept once (fields missing from the first copy are filled from the others). A page without
 * any gets `reviews: []` and a problem saying so.
 */
export function extractReviews(html: string | CheerioAPI, options: ExtractOptions = {}): ReviewExtraction {
  const $ = typeof html === 'string' ? load(html) : html;
  const reviews: ExtractedReview[] = [];
  const aggregates: ExtractedAggregate[] = [];
  const problems: string[] = [];
  for (const syntax of options.syntaxes ?? (['json-ld', 'microdata', 'rdfa'] as const)) {
    const reading = READERS[syntax]($, options.url);
    const found = toSchemaReviews(reading.nodes, options.url);
    problems.push(...reading.problems, ...found.problems.map((problem) => `${syntax}: ${problem}`));
    mergeInto(reviews, found.reviews, reviewIdentity);
    mergeInto(aggregates, found.aggregates, aggregateIdentity);
  }
  if (!reviews.length) problems.push(aggregates.length ? 'no reviews found: the page has only aggregate ratings' : 'no reviews found: the page has no schema.org Review or AggregateRating');
  const extraction: ReviewExtraction = { reviews, aggregates, problems };
  if (aggregates[0]) extraction.aggregate = aggregates[0];
  return extraction;
}

function reviewIdentity(review: ExtractedReview): string {
  const body = collapseSpace(review.body ?? review.title ?? '').slice(0, 200).toLowerCase();
  return [review.author?.name ?? '', review.publishedAt?.slice(0, 10) ?? '', review.ratingRaw?.value ?? '', body].join('|');
}

function aggregateIdentity(aggregate: ExtractedAggregate): string {
  return [aggregate.itemReviewed ?? '', aggregate.ratingValue, aggregate.ratingCount ?? '', aggregate.reviewCount ?? ''].join('|');
}

/**
 * Appends entries that an earlier syntax did not already give; such a repeat fills the gaps of the copy
 * kept. Repeats within one syntax are kept: two people may well write the same short review.
 */
function mergeInto<T extends object>(kept: T[], incoming: T[], identity: (entry: T) => string): void {
  const byKey = new Map(kept.map((entry) => [identity(entry), entry]));
  for (const entry of incoming) {
    const key = identity(entry);
    const existing = byKey.get(key);
    if (!existing) {
      kept.push(entry);
      continue;
    }
    for (const [field, value] of Object.entries(entry)) {
      if ((existing as Record<string, unknown>)[field] === undefined) (existing as Record<string, unknown>)[field] = value;
    }
  }
}
