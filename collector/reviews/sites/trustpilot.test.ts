import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteFor } from './registry.ts';
import { trustpilot } from './trustpilot.ts';

const url = 'https://www.trustpilot.com/review/www.acme-kettles.example?languages=all&sort=recency';
const body = readFileSync(new URL('./testdata/trustpilot.html', import.meta.url), 'utf8');

describe('trustpilot', () => {
  it('recognises company review pages and sorts them newest first in every language', () => {
    expect(siteFor('https://uk.trustpilot.com/review/acme.example?page=3')).toBe(trustpilot);
    expect(trustpilot.isSupported(new URL('https://www.trustpilot.com/categories/shops'))).toBe(false);
    expect(trustpilot.newestUrl(new URL('https://www.trustpilot.com/review/acme.example?page=3&stars=1'))).toBe('https://www.trustpilot.com/review/acme.example?languages=all&sort=recency');
  });

  it('reads the JSON-LD reviews with their Trustpilot ids', () => {
    const { reviews, problems } = trustpilot.extract({ url, body });
    expect(problems).toEqual([]);
    expect(reviews).toHaveLength(3);
    expect(reviews[0]).toEqual({
      platform: 'trustpilot', externalId: '66a1f0c2b3d4e5f601234567', url, pageUrl: url,
      author: { name: 'Marta Ruiz', url: 'https://www.trustpilot.com/users/5f0a1b2c3d4e5f6a7b8c9d01' },
      title: 'Third delivery problem this year', text: 'The courier left the parcel outside again and the lid was cracked. Support answered after four days.',
      rating: 0, publishedAt: '2026-03-01T09:14:22.000Z', lang: 'en', itemReviewed: 'Acme Kettles',
    });
    expect(reviews.map((r) => [r.rating, r.lang])).toEqual([[0, 'en'], [1, 'en'], [0.5, 'es']]);
  });

  it('reads the same reviews from the cards when the page has no JSON-LD', () => {
    const cardsOnly = body.replace(/<script type="application\/ld\+json"[\s\S]*?<\/script>/, '');
    const fromCards = trustpilot.extract({ url, body: cardsOnly }).reviews;
    const fromJsonLd = trustpilot.extract({ url, body }).reviews;
    const comparable = (r: (typeof fromCards)[number]) => [r.externalId, r.author.name, r.author.url, r.title, r.text, r.rating, r.publishedAt];
    expect(fromCards.map(comparable)).toEqual(fromJsonLd.map(comparable));
    expect(fromCards[0]!.url).toBe('https://www.trustpilot.com/reviews/66a1f0c2b3d4e5f601234567');
  });
});
