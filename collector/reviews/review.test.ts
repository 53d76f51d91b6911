import { describe, expect, it } from 'vitest';
import { reviewKeyOf, type RawReview } from './review.ts';

const page = 'https://www.yelp.com/biz/cafe?sort_by=date_desc';
const base: RawReview = { platform: 'yelp', url: page, pageUrl: page, author: { name: 'Ana' }, text: 'Great!' };

describe('reviewKeyOf', () => {
  it('keys by external id, else permalink, else author, date and text; never by a shared page URL', () => {
    expect(reviewKeyOf({ ...base, externalId: 'r1' })).toBe(reviewKeyOf({ ...base, externalId: 'r1', text: 'edited' }));
    expect(reviewKeyOf({ ...base, url: 'https://x.example/r/1' })).toBe(reviewKeyOf({ ...base, url: 'https://x.example/r/1?utm_source=mail', text: 'edited' }));
    expect(reviewKeyOf(base)).not.toBe(reviewKeyOf({ ...base, author: { name: 'Bea' } }));
    expect(reviewKeyOf(base)).not.toBe(reviewKeyOf({ ...base, publishedAt: '2026-03-01' }));
    expect(reviewKeyOf(base)).toBe(reviewKeyOf({ ...base }));
    expect(reviewKeyOf(base)).toMatch(/^yelp-[0-9a-f]{16}$/);
  });
});
