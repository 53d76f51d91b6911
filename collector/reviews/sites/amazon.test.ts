import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amazon } from './amazon.ts';
import { siteFor } from './registry.ts';

const url = 'https://www.amazon.com/product-reviews/B0INVENT01/?sortBy=recent&pageNumber=1&reviewerType=all_reviews';
const body = readFileSync(new URL('./testdata/amazon.html', import.meta.url), 'utf8');

describe('amazon', () => {
  it('recognises product and review pages on Amazon stores and lists the most recent reviews', () => {
    expect(siteFor('https://www.amazon.es/Acme-Hervidor/dp/B0INVENT01/ref=sr_1_1')).toBe(amazon);
    expect(siteFor('https://www.amazon.com/s?k=kettle')).not.toBe(amazon);
    expect(amazon.newestUrl(new URL('https://www.amazon.co.uk/gp/product/B0INVENT01?th=1'))).toBe('https://www.amazon.co.uk/product-reviews/B0INVENT01/?sortBy=recent&pageNumber=1&reviewerType=all_reviews');
  });

  it('reads reviews from this store and from other countries', () => {
    const { reviews, problems } = amazon.extract({ url, body });
    expect(problems).toEqual([]);
    expect(reviews.map((r) => [r.externalId, r.author.name, r.rating, r.publishedAt, r.title, r.text])).toEqual([
      ['R3INVENTED0001', 'Marta R.', 0, '2026-03-03', 'Lid cracked on arrival, replacement also cracked', 'Both kettles arrived with a cracked lid. Customer service asked me to send photos twice.'],
      ['R1INVENTED0002', 'Kettle Enthusiast', 1, '2026-02-27', 'Fast and quiet', 'Boils fast and the auto shut-off works every time.'],
      ['R2INVENTED0003', 'Lucía', 0.5, '2026-02-20', 'Correcta', 'Cumple, pero el cable es corto.'],
    ]);
    expect(reviews[0]!.url).toBe('https://www.amazon.com/gp/customer-reviews/R3INVENTED0001/ref=cm_cr_arp_d_rvw_ttl?ie=UTF8&ASIN=B0INVENT01');
    expect(reviews[2]!.url).toBe(url); // no permalink on reviews from other stores
  });
});
