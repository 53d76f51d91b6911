import { describe, expect, it } from 'vitest';
import googleMaps from './google-maps.ts';
import { readPosts } from './social-site.ts';
import { loadSocialFixture as loadFixture, plainPost } from './testing/social-fixture.ts';

describe('google maps recipe', () => {
  it('reads reviews with their id, stars and language, and no date since Maps only says "2 weeks ago"', () => {
    const reviews = readPosts(googleMaps, loadFixture('google-maps-place.html')).map(plainPost);
    expect(reviews[0]).toEqual({
      anchor: 'span.wiI7pd',
      position: 'afterend',
      platform: 'google-maps',
      kind: 'review',
      externalId: 'ChZDSUhNMG9nS0VJQ0FnSUNqMmRqZ1ZREAE',
      author: { name: 'Carlos M.', url: 'https://www.google.com/maps/contrib/108234567890123456789?hl=en' },
      text: 'Me tuvieron esperando una hora para cambiar el router. Mal.',
      rating: 0.4,
      lang: 'es',
    });
    expect(reviews[1]).toMatchObject({ author: { name: 'Olivia W.' }, rating: 1, lang: 'en' });
  });

  it('runs on Maps pages of any Google domain, not on search', () => {
    expect(googleMaps.isPage('https://www.google.com/maps/place/Lumora/@39.47,-0.37,17z')).toBe(true);
    expect(googleMaps.isPage('https://www.google.es/maps/place/Lumora')).toBe(true);
    expect(googleMaps.isPage('https://www.google.com/search?q=lumora')).toBe(false);
  });
});
