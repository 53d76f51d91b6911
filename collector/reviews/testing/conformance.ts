// Scores the generic extractor against outside references: extruct's expected items and schema.org's examples.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedAggregate, ExtractedReview } from '../review.ts';
import { expectedItemsOf, type ExpectedAggregate, type ExpectedItems, type ExpectedReview } from './expected-items.ts';
import { extractReviews, type StructuredSyntax } from '../extract/extract-reviews.ts';

/** One page read with one syntax, and what the reference expects from it. */
export interface ConformanceCase {
  corpus: 'extruct' | 'schemaorg-examples';
  name: string;
  syntax: StructuredSyntax;
  htmlPath: string;
  expected: ExpectedItems;
}

/** How one case went. */
export interface CaseScore {
  reviewsExpected: number;
  reviewsMatched: number;
  /** Reviews extracted that the reference does not have. */
  reviewsExtra: number;
  aggregatesExpected: number;
  aggregatesMatched: number;
  aggregatesExtra: number;
  /** One line per expected item not matched. */
  misses: string[];
}

const EXTRUCT_CASES: { page: string; expected: string; syntax: StructuredSyntax; key?: string }[] = [
  ...(['microdata', 'json-ld', 'rdfa'] as const).map((syntax) => ({ page: 'schema.org/CreativeWork.001.html', expected: 'schema.org/CreativeWork_flat.001.json', syntax, key: syntax })),
  { page: 'misc/null_ld_mock.html', expected: 'misc/null_ld_mock.jsonld', syntax: 'json-ld' },
  { page: 'songkick/Years & Years Tickets, Tour Dates 2015 & Concerts.html', expected: 'songkick/Years & Years Tickets, Tour Dates 2015 & Concerts.jsonld', syntax: 'json-ld' },
  { page: 'schema.org/product.html', expected: 'schema.org/product.json', syntax: 'microdata' },
  { page: 'schema.org/product-ref.html', expected: 'schema.org/product-ref.json', syntax: 'microdata' },
  { page: 'schema.org/LocalBusiness.002.html', expected: 'schema.org/LocalBusiness.002.json', syntax: 'microdata' },
  { page: 'w3c/microdata.4.2.meter.html', expected: 'w3c/microdata.4.2.meter.json', syntax: 'microdata' },
];

/** extruct's samples whose expected output holds reviews or ratings, one case per syntax it covers. */
export function extructCases(reviewPages: string): ConformanceCase[] {
  const samples = join(reviewPages, 'extruct/tests/samples');
  return EXTRUCT_CASES.map(({ page, expected, syntax, key }) => {
    const json = JSON.parse(readFileSync(join(samples, expected), 'utf8')) as Record<string, unknown>;
    return { corpus: 'extruct', name: `${page} (${syntax})`, syntax, htmlPath: join(samples, page), expected: expectedItemsOf(key ? json[key] : json) };
  });
}

const SYNTAX_FILES: Record<string, StructuredSyntax> = { MICRODATA: 'microdata', RDFA: 'rdfa', JSON: 'json-ld' };

/** Each schema.org example in every syntax it is written in, all expected to give what its JSON-LD says. */
export function schemaorgCases(reviewPages: string): ConformanceCase[] {
  const root = join(reviewPages, 'schemaorg-examples');
  const index = JSON.parse(readFileSync(join(root, 'INDEX.json'), 'utf8')) as { id: string; files: Record<string, string> }[];
  return index.flatMap(({ id, files }) => {
    const jsonPath = files.JSON && join(root, id, files.JSON);
    const expected = jsonPath && existsSync(jsonPath) ? expectedFromScripts(readFileSync(jsonPath, 'utf8')) : { reviews: [], aggregates: [] };
    return Object.entries(files)
      .filter(([section]) => SYNTAX_FILES[section])
      .map(([section, file]) => ({ corpus: 'schemaorg-examples' as const, name: `${id} (${SYNTAX_FILES[section]})`, syntax: SYNTAX_FILES[section]!, htmlPath: join(root, id, file), expected }));
  });
}

/** The reference items of a JSON-LD example, read with a plain JSON parse of each script. */
function expectedFromScripts(html: string): ExpectedItems {
  const blocks = [...html.matchAll(/<script[^>]*ld\+json[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => JSON.parse(m[1]!) as unknown);
  return expectedItemsOf(blocks);
}

/** Runs the extractor on one case, limited to the case's syntax, and matches its output to the reference. */
export function scoreCase(testCase: ConformanceCase): CaseScore {
  const { reviews, aggregates } = extractReviews(readFileSync(testCase.htmlPath, 'utf8'), { syntaxes: [testCase.syntax] });
  const misses: string[] = [];
  const reviewsMatched = matchAll(testCase.expected.reviews, reviews, reviewMatches, (e) => misses.push(`review ${JSON.stringify(e)}`));
  const aggregatesMatched = matchAll(testCase.expected.aggregates, aggregates, aggregateMatches, (e) => misses.push(`aggregate ${JSON.stringify(e)}`));
  return {
    reviewsExpected: testCase.expected.reviews.length,
    reviewsMatched,
    reviewsExtra: reviews.length - reviewsMatched,
    aggregatesExpected: testCase.expected.aggregates.length,
    aggregatesMatched,
    aggregatesExtra: aggregates.length - aggregatesMatched,
    misses,
  };
}

function matchAll<E, A>(expected: E[], actual: A[], matches: (e: E, a: A) => boolean, miss: (e: E) => void): number {
  const unused = [...actual];
  let matched = 0;
  for (const entry of expected) {
    const at = unused.findIndex((candidate) => matches(entry, candidate));
    if (at === -1) miss(entry);
    else {
      unused.splice(at, 1);
      matched++;
    }
  }
  return matched;
}

const same = (a: string | undefined, b: string | undefined) => (a?.replace(/\s+/g, ' ').trim() || undefined) === (b?.replace(/\s+/g, ' ').trim() || undefined);

function reviewMatches(e: ExpectedReview, a: ExtractedReview): boolean {
  return same(e.author, a.author?.name) && e.ratingValue === a.ratingRaw?.value && same(e.publishedAt, a.publishedAt) && same(e.title, a.title) && same(e.body, a.body);
}

function aggregateMatches(e: ExpectedAggregate, a: ExtractedAggregate): boolean {
  return e.ratingValue === a.ratingValue && (e.bestRating ?? 5) === a.bestRating && e.ratingCount === a.ratingCount && e.reviewCount === a.reviewCount;
}
