import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appStore } from './app-store.ts';
import { siteFor } from './registry.ts';

const url = 'https://itunes.apple.com/us/rss/customerreviews/id=1234567890/sortby=mostrecent/json';
const body = readFileSync(new URL('./testdata/app-store.json', import.meta.url), 'utf8');

describe('app-store', () => {
  it('turns a store page into its newest-first review feed', () => {
    expect(siteFor('https://apps.apple.com/es/app/acme-kettle/id1234567890?l=en')).toBe(appStore);
    expect(siteFor('https://apps.apple.com/us/charts/iphone')).not.toBe(appStore);
    expect(appStore.newestUrl(new URL('https://apps.apple.com/es/app/acme-kettle/id1234567890'))).toBe('https://itunes.apple.com/es/rss/customerreviews/id=1234567890/sortby=mostrecent/json');
  });

  it('reads the feed entries, skipping one that is not a review, and points at the next JSON page', () => {
    const { reviews, problems, next } = appStore.extract({ url, body });
    expect(problems).toEqual(['app-store: entry 3 is not a review (id)']);
    expect(reviews.map((r) => [r.externalId, r.author.name, r.rating, r.publishedAt, r.title])).toEqual([
      ['11900000001', 'martarz', 0, '2026-03-04T08:12:44-07:00', 'Loses the kettle after update'],
      ['11900000002', 'TeaEveryHour', 1, '2026-03-02T21:40:03-07:00', 'Morning routine sorted'],
      ['11900000003', 'kenji.s', 0.5, '2026-02-26T10:00:00-07:00', 'OK'],
    ]);
    expect(reviews[0]).toMatchObject({ platform: 'app-store', url, author: { url: 'https://itunes.apple.com/us/reviews/id900000001' } });
    expect(next).toBe('https://itunes.apple.com/us/rss/customerreviews/page=2/id=1234567890/sortby=mostrecent/json');
  });

  it('stops at Apple’s last page and says why an empty or broken document has no reviews', () => {
    const last = url.replace('customerreviews/', 'customerreviews/page=10/');
    expect(appStore.extract({ url: last, body }).next).toBeUndefined();
    expect(appStore.extract({ url, body: '{"feed":{"title":{"label":"x"}}}' })).toEqual({ reviews: [], problems: ['app-store: no reviews found in the document'] });
    expect(appStore.extract({ url, body: '<html>' }).problems).toEqual(['app-store: the feed is not JSON', 'app-store: no reviews found in the document']);
  });
});
