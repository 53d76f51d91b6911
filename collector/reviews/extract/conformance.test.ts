// Conformance figures against real reference data (extruct samples, schema.org examples); skipped without the data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { evalDataSubdir } from '../../../test/support/eval-data.ts';
import { extructCases, schemaorgCases, scoreCase, type ConformanceCase } from '../testing/conformance.ts';
import { extractReviews } from './extract-reviews.ts';
import { readJsonLd } from './json-ld.ts';

const dir = evalDataSubdir('review-pages');

/** Matched, missed and extra items of one case. */
type Triple = [number, number, number];

/**
 * Cases where the example's own versions disagree (checked by hand), so a miss is the reference's, not ours:
 * the expected score is written out so any other change still fails.
 */
const REFERENCE_DISAGREES: Record<string, { reviews: Triple; aggregates: Triple; why: string }> = {
  'eg-0175 (microdata)': { reviews: [0, 0, 0], aggregates: [0, 0, 1], why: 'markup has ratingValue 0; the JSON-LD has no ratingValue' },
  'eg-0175 (rdfa)': { reviews: [0, 0, 0], aggregates: [0, 0, 1], why: 'markup has ratingValue 0; the JSON-LD has no ratingValue' },
  'eg-0450 (microdata)': { reviews: [0, 0, 0], aggregates: [0, 1, 1], why: 'markup says reviewCount 33; the JSON-LD says ratingCount 33' },
  'eg-0450 (rdfa)': { reviews: [0, 0, 0], aggregates: [0, 1, 1], why: 'markup says reviewCount 33; the JSON-LD says ratingCount 33' },
  'eg-0324 (microdata)': { reviews: [0, 1, 1], aggregates: [0, 0, 0], why: 'markup names the author (Politifact); the JSON-LD does not' },
  'eg-0476 (microdata)': { reviews: [0, 0, 0], aggregates: [0, 1, 0], why: 'only the JSON-LD version has the aggregateRating' },
};

function report(label: string, cases: ConformanceCase[]): void {
  const rows = new Map<string, number[]>();
  for (const testCase of cases) {
    const score = scoreCase(testCase);
    const row = rows.get(testCase.syntax) ?? [0, 0, 0, 0, 0, 0, 0];
    const add = [1, score.reviewsMatched, score.reviewsExpected, score.reviewsExtra, score.aggregatesMatched, score.aggregatesExpected, score.aggregatesExtra];
    rows.set(testCase.syntax, row.map((n, i) => n + add[i]!));
  }
  for (const [syntax, [pages, rm, re, rx, am, ae, ax]] of rows) {
    console.log(`${label} ${syntax}: ${pages} pages, reviews ${rm}/${re} matched (${rx} extra), aggregates ${am}/${ae} matched (${ax} extra)`);
  }
}

describe.skipIf(!dir)('generic extractor against reference data', () => {
  it('matches every review and aggregate rating of extruct’s expected output', () => {
    const cases = extructCases(dir!);
    report('extruct', cases);
    for (const testCase of cases) {
      const score = scoreCase(testCase);
      expect({ name: testCase.name, misses: score.misses, extra: score.reviewsExtra + score.aggregatesExtra }).toEqual({ name: testCase.name, misses: [], extra: 0 });
    }
    expect(cases.reduce((n, c) => n + c.expected.reviews.length, 0)).toBeGreaterThanOrEqual(4);
  });

  it('reads the same reviews from the microdata, RDFa and JSON-LD of each schema.org example', () => {
    const cases = schemaorgCases(dir!);
    report('schemaorg-examples', cases);
    for (const testCase of cases) {
      const score = scoreCase(testCase);
      const known = REFERENCE_DISAGREES[testCase.name];
      const got = {
        reviews: [score.reviewsMatched, score.reviewsExpected - score.reviewsMatched, score.reviewsExtra],
        aggregates: [score.aggregatesMatched, score.aggregatesExpected - score.aggregatesMatched, score.aggregatesExtra],
      };
      const want = known ? { reviews: known.reviews, aggregates: known.aggregates } : { reviews: [score.reviewsExpected, 0, 0], aggregates: [score.aggregatesExpected, 0, 0] };
      expect({ name: testCase.name, ...got }).toEqual({ name: testCase.name, ...want });
    }
  });

  it('finds nothing on the pre-markup (plain text) versions and says why', () => {
    const index = JSON.parse(readFileSync(join(dir!, 'schemaorg-examples/INDEX.json'), 'utf8')) as { id: string; files: Record<string, string> }[];
    const plain = index.filter((entry) => entry.files['PRE-MARKUP']);
    for (const { id, files } of plain) {
      const result = extractReviews(readFileSync(join(dir!, 'schemaorg-examples', id, files['PRE-MARKUP']!), 'utf8'));
      expect([id, result.reviews.length, result.aggregates.length, result.problems.at(-1)]).toEqual([id, 0, 0, expect.stringMatching(/^no reviews found/)]);
    }
    console.log(`schemaorg-examples pre-markup: ${plain.length} pages, 0 reviews found (as expected)`);
  });

  it('reads every JSON-LD block that extruct’s invalid-JSON samples still expect to be read', () => {
    const samples = join(dir!, 'extruct/tests/samples');
    const pages = ['custom.invalid/JSONLD_with_JS_comment', 'custom.invalid/JSONLD_with_control_characters', 'custom.invalid/JSONLD_with_control_characters_comment', 'custom.invalid/JoinAction.001', 'custom.invalid/AllocateAction.001', 'schema.org.invalid/JoinAction.001', 'schema.org.invalid/AllocateAction.001'];
    for (const page of pages) {
      const expected = [JSON.parse(readFileSync(join(samples, `${page}.jsonld`), 'utf8'))].flat() as Record<string, unknown>[];
      const expectedShapes = expected.map((item) => Object.keys(item).filter((key) => !key.startsWith('@')).sort().join(','));
      const reading = readJsonLd(load(readFileSync(join(samples, `${page}.html`), 'utf8')));
      const readShapes = new Set(reading.nodes.map((node) => [...node.props.keys()].sort().join(',')));
      expect([page, reading.problems, expectedShapes.filter((shape) => !readShapes.has(shape))]).toEqual([page, [], []]);
    }
    console.log(`extruct invalid JSON-LD: ${pages.length} of ${pages.length} pages read after repair, as extruct does`);
  });
});
