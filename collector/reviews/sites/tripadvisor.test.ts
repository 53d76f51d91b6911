import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteFor } from './registry.ts';
import { tripadvisor } from './tripadvisor.ts';

const url = 'https://www.tripadvisor.com/Hotel_Review-g187497-d190166-Reviews-Hotel_Mirador-Barcelona_Catalonia.html';
const body = readFileSync(new URL('./testdata/tripadvisor.html', import.meta.url), 'utf8');

describe('tripadvisor', () => {
  it('recognises hotel, restaurant and attraction review pages and goes back to the first page', () => {
    expect(siteFor('https://www.tripadvisor.es/Restaurant_Review-g187514-d1234-Reviews-Casa-Madrid.html')).toBe(tripadvisor);
    expect(siteFor('https://www.tripadvisor.com/Hotels-g187497-Barcelona_Catalonia-Hotels.html')).not.toBe(tripadvisor);
    expect(tripadvisor.newestUrl(new URL(url.replace('-Reviews-', '-Reviews-or20-')))).toBe(url);
  });

  it('reads the review cards with ids, bubbles and written dates', () => {
    const { reviews, problems } = tripadvisor.extract({ url, body });
    expect(problems).toEqual([]);
    expect(reviews.map((r) => [r.externalId, r.author.name, r.rating, r.publishedAt, r.title])).toEqual([
      ['945612301', 'Marta R', 0.25, '2026-03-02', 'Noisy room, slow check-in'],
      ['945500777', 'Oliver T', 1, '2026-02-24', 'Rooftop views'],
      ['945499001', 'Sofia V', 0.75, '2026-02-20', 'Buena ubicación'],
    ]);
    expect(reviews[0]).toMatchObject({
      url: 'https://www.tripadvisor.com/ShowUserReviews-g187497-d190166-r945612301-Hotel_Mirador-Barcelona_Catalonia.html',
      author: { url: 'https://www.tripadvisor.com/Profile/martaruiz_bcn' },
      text: 'Waited an hour at reception and the room faced the street. The breakfast was good.',
    });
  });
});
