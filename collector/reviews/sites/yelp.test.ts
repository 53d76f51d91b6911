import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteFor } from './registry.ts';
import { yelp } from './yelp.ts';

const url = 'https://www.yelp.com/biz/cafe-del-puerto-san-francisco?sort_by=date_desc';
const body = readFileSync(new URL('./testdata/yelp.html', import.meta.url), 'utf8');

describe('yelp', () => {
  it('recognises business pages and sorts them by date', () => {
    expect(siteFor('https://www.yelp.es/biz/cafe-madrid?osq=cafe')).toBe(yelp);
    expect(siteFor('https://www.yelp.com/search?find_desc=cafe')).not.toBe(yelp);
    expect(yelp.newestUrl(new URL('https://www.yelp.com/biz/cafe-x?osq=cafe&start=20'))).toBe('https://www.yelp.com/biz/cafe-x?sort_by=date_desc');
  });

  it('reads the list when the JSON-LD has only the aggregate, taking the card’s own date', () => {
    const { reviews, problems } = yelp.extract({ url, body });
    expect(problems).toEqual([]);
    expect(reviews.map((r) => [r.author.name, r.rating, r.publishedAt, r.lang])).toEqual([
      ['Marta R.', 0, '2026-03-03', 'en'],
      ['Dev K.', 1, '2026-02-28', 'en'],
      ['Ana P.', 0.75, '2026-02-14', 'es'],
    ]);
    expect(reviews[0]).toMatchObject({ platform: 'yelp', url, author: { url: 'https://www.yelp.com/user_details?userid=Qw3rTy_invented1' } });
  });
});
