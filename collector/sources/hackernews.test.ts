import { describe, expect, it } from 'vitest';
import hackernews, { hackerNewsHitItem, parseHackerNewsAnswer, toHackerNewsUrl } from './hackernews.ts';
import { fakeHttp, sourceEntry } from './testing/fake-http.ts';

// Shaped as hn.algolia.com/api/v1/search_by_date answers; no recording of this API is in the evaluation data.
const story = { objectID: '42000001', created_at: '2026-11-20T10:00:00Z', created_at_i: 1795168800, author: 'pg_fan', title: 'Lumora raises prices again', url: 'https://news.example/lumora', points: 57, story_text: null, _tags: ['story', 'author_pg_fan', 'story_42000001'] };
const comment = { objectID: '42000002', created_at: '2026-11-20T11:00:00Z', created_at_i: 1795172400, author: 'dang_it', comment_text: '<p>Their support never answers &amp; I left.</p>', story_title: 'Lumora raises prices again', points: null, _tags: ['comment', 'author_dang_it', 'story_42000001'] };

describe('hackernews adapter', () => {
  it('maps stories and comments, with the story title as a comment\'s context', () => {
    const items = parseHackerNewsAnswer({ hits: [story, comment], page: 0, nbPages: 1 }).map(hackerNewsHitItem);
    expect(items).toEqual([
      { guid: '42000001', url: 'https://news.ycombinator.com/item?id=42000001', title: 'Lumora raises prices again', content: 'https://news.example/lumora', html: true, author: { name: 'pg_fan', handle: 'pg_fan', url: 'https://news.ycombinator.com/user?id=pg_fan' }, publishedAt: '2026-11-20T10:00:00Z', platform: 'hackernews', kind: 'post', reach: 57 },
      { guid: '42000002', url: 'https://news.ycombinator.com/item?id=42000002', title: 'Lumora raises prices again', content: '<p>Their support never answers &amp; I left.</p>', html: true, author: { name: 'dang_it', handle: 'dang_it', url: 'https://news.ycombinator.com/user?id=dang_it' }, publishedAt: '2026-11-20T11:00:00Z', platform: 'hackernews', kind: 'comment', reach: undefined },
    ]);
  });

  it('adds a created_at_i filter from the cursor to any filter already in the URL', () => {
    const url = toHackerNewsUrl('https://hn.algolia.com/api/v1/search_by_date?query=lumora&numericFilters=points>2', '2026-11-20T10:00:00.000Z');
    expect(url.searchParams.get('numericFilters')).toBe('points>2,created_at_i>=1795168800');
    expect(url.searchParams.get('hitsPerPage')).toBe('100');
  });

  it('pages while catching up and keeps the newest creation time', async () => {
    const http = fakeHttp((url) => ({ body: url.searchParams.get('page') === '0' ? { hits: [comment], page: 0, nbPages: 2 } : { hits: [story], page: 1, nbPages: 2 } }));
    const config = sourceEntry('hackernews', 'https://hn.algolia.com/api/v1/search_by_date?query=lumora&tags=(story,comment)');
    const result = await hackernews.fetch({ config, http, cursor: { since: '2026-11-19T00:00:00.000Z' } });
    expect(result.items.map((i) => i.guid)).toEqual(['42000002', '42000001']);
    expect(result.cursor.since).toBe('2026-11-20T11:00:00.000Z');
    expect(http.requests).toHaveLength(2);
  });
});
