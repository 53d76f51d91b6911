import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { googleMaps } from './google-maps.ts';
import { siteFor } from './registry.ts';

const url = 'https://www.google.com/maps/place/Caf%C3%A9+del+Puerto/@36.5,-6.2,17z?hl=en';
const body = readFileSync(new URL('./testdata/google-maps.html', import.meta.url), 'utf8');

describe('google-maps', () => {
  it('recognises place pages on any Google domain and asks for the English UI', () => {
    expect(siteFor('https://www.google.es/maps/place/Cafe/@1,2,3z')).toBe(googleMaps);
    expect(siteFor('https://www.google.com/search?q=cafe')).not.toBe(googleMaps);
    expect(new URL(googleMaps.newestUrl(new URL('https://www.google.es/maps/place/Cafe/@1,2,3z'))).searchParams.get('hl')).toBe('en');
    expect(googleMaps.newestClicks).toHaveLength(3);
  });

  it('reads the review cards, leaving relative dates out instead of guessing them', () => {
    const { reviews, problems } = googleMaps.extract({ url, body });
    expect(problems).toEqual([]);
    expect(reviews.map((r) => [r.externalId, r.author.name, r.rating, r.lang, r.publishedAt])).toEqual([
      ['ChZDSUhNMG9nS0VJQ0FnTUR3cjRPY0VREAE', 'Marta Ruiz', 0.25, 'es', undefined],
      ['ChdDSUhNMG9nS0VJQ0FnSUR4bFlfT2t3RRAB', 'Tom Hale', 1, 'en', undefined],
      ['ChZDSUhNMG9nS0VJQ0FnSUNyNGJLUFNREAE', 'Ines Costa', 0.75, 'pt', undefined],
      ['ChdDSUhNMG9nS0VJQ0FnSURjZ2RfX3ZRRRAB', 'Ravi P', 0.5, undefined, undefined],
    ]);
    expect(reviews[0]).toMatchObject({ url, author: { url: 'https://www.google.com/maps/contrib/109876543210987654321?hl=en' }, text: 'Esperamos cuarenta minutos por dos cafés y nadie se disculpó.' });
    expect(reviews[3]!.text).toBe(''); // a rating without text is still a review
  });
});
