import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { g2 } from './g2.ts';
import { siteFor } from './registry.ts';

const url = 'https://www.g2.com/products/acme-crm/reviews?order=most_recent';
const body = readFileSync(new URL('./testdata/g2.html', import.meta.url), 'utf8');

describe('g2', () => {
  it('recognises product review pages and sorts them by most recent', () => {
    expect(siteFor('https://www.g2.com/products/acme-crm/reviews?page=4')).toBe(g2);
    expect(siteFor('https://www.g2.com/categories/crm')).not.toBe(g2);
    expect(g2.newestUrl(new URL('https://www.g2.com/products/acme-crm/reviews/acme-crm-review-1'))).toBe('https://www.g2.com/products/acme-crm/reviews?order=most_recent');
  });

  it('reads the cards (with their survey ids and half stars) before the microdata', () => {
    const { reviews, problems } = g2.extract({ url, body });
    expect(problems).toEqual([]);
    expect(reviews.map((r) => [r.externalId, r.author.name, r.rating, r.publishedAt, r.title])).toEqual([
      ['9912301', 'Marta R.', 0.4, '2026-03-02', '"Good contacts view, painful ticket sync"'],
      ['9911877', 'Verified User in Retail', 0.9, '2026-02-25', '"Our whole support team lives in it"'],
      ['9910450', 'Jonas B.', 1, '2026-02-19', '"Setup in a day"'],
    ]);
    expect(reviews[0]!.url).toBe('https://www.g2.com/products/acme-crm/reviews/acme-crm-review-9912301');
  });

  it('still reads the microdata when the card markup changes', () => {
    const renamed = body.replaceAll('id="survey-response-', 'id="response-');
    const reviews = g2.extract({ url, body: renamed }).reviews;
    expect(reviews.map((r) => [r.externalId, r.author.name, r.rating, r.publishedAt])).toEqual([
      [undefined, 'Marta R.', 0.4, '2026-03-02'],
      [undefined, 'Verified User in Retail', 0.9, '2026-02-25'],
      [undefined, 'Jonas B.', 1, '2026-02-19'],
    ]);
  });
});
