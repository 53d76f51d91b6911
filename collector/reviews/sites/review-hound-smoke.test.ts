// Smoke test on review-hound's hand-written imitations of Trustpilot and Yelp markup (not saved pages, per its
// provenance note): the recipes' fallback selectors should still read them. Skipped without the data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalDataSubdir } from '../../../test/support/eval-data.ts';
import { siteFor } from './registry.ts';

const dir = evalDataSubdir('review-pages');
const read = (file: string) => readFileSync(join(dir!, 'review-hound-synthetic/fixtures', file), 'utf8');

describe.skipIf(!dir)('recipes on review-hound imitation pages', () => {
  it('reads the Trustpilot imitations: older cards and JSON-LD', () => {
    const url = 'https://www.trustpilot.com/review/example.com';
    const cards = siteFor(url).extract({ url, body: read('trustpilot_page1.html') }).reviews;
    expect(cards.map((r) => [r.externalId, r.author.name, r.rating, r.publishedAt, r.text])).toEqual([
      ['review_abc123', 'John Smith', 1, undefined, 'Excellent service! Would highly recommend.'], // "date of experience" is not a publication date
      ['review_def456', 'Jane Doe', 0.5, undefined, 'It was okay, nothing special.'],
    ]);
    const jsonLd = siteFor(url).extract({ url, body: read('trustpilot_jsonld.html') }).reviews;
    // The second review uses Trustpilot's private field names, not schema.org: only its text is schema.org's `text`.
    expect(jsonLd.map((r) => [r.author.name, r.rating, r.publishedAt, r.text])).toEqual([
      ['John Reviewer', 1, '2024-12-15T10:30:00.000Z', 'Excellent product and service!'],
      [undefined, undefined, undefined, 'Nothing special but gets the job done.'],
    ]);
    console.log(`review-hound trustpilot: ${cards.length}/2 card reviews, ${jsonLd.length}/2 JSON-LD reviews`);
  });

  it('reads the Yelp imitation and finds nothing to read on the BBB one', () => {
    const yelp = siteFor('https://www.yelp.com/biz/example').extract({ url: 'https://www.yelp.com/biz/example', body: read('yelp_page1.html') }).reviews;
    expect(yelp.map((r) => [r.externalId, r.author.name, r.rating, r.publishedAt])).toEqual([
      ['yelp_12345abc', 'Alex Thompson', 1, '2024-11-15'],
      ['yelp_67890def', 'Maria Garcia', 0.5, '2024-10-22'],
      ['yelp_11223ghi', 'Robert Chen', 0, '2024-09-05'],
    ]);
    const bbb = siteFor('https://www.bbb.org/us/ca/example').extract({ url: 'https://www.bbb.org/us/ca/example', body: read('bbb_page1.html') });
    expect(bbb).toEqual({ reviews: [], problems: ['web: no reviews found (looked for structured data)'] });
    console.log(`review-hound yelp: ${yelp.length}/3 reviews; bbb: no recipe, 0 reviews (reason given)`);
  });
});
