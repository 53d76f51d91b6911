// One rule for a date that comes from outside (feeds and every API adapter): unreadable, absurd or more
// than a day ahead of collection time → no date; the entry itself is always kept.
import { describe, expect, it } from 'vitest';
import bluesky, { blueskyPostItem, parseBlueskyAnswer } from '../sources/bluesky.ts';
import hackernews, { hackerNewsHitItem, parseHackerNewsAnswer } from '../sources/hackernews.ts';
import { mastodonStatusItem, parseMastodonAnswer } from '../sources/mastodon.ts';
import { parseRedditListing } from '../sources/reddit.ts';
import { parseXAnswer } from '../sources/x.ts';
import { parseFeed } from '../sources/rss.ts';
import { fakeHttp, sourceEntry } from '../sources/testing/fake-http.ts';
import type { RawItem } from '../sources/kit/define-source.ts';
import { dateFromEpochSeconds, trustedDate } from './normalize-date.ts';
import { normalizeItems } from './normalize.ts';

const now = new Date('2026-11-20T12:00:00.000Z');
const FUTURE = '2031-01-01T00:00:00.000Z';
const SOON = '2026-11-21T06:00:00.000Z'; // 18 h ahead: clocks and time zones get this wrong; believed

describe('trustedDate', () => {
  it('reads ISO 8601 and RFC 822 dates, and nothing else', () => {
    expect(trustedDate('2026-11-20T10:00:00+01:00', now)).toBe('2026-11-20T09:00:00.000Z');
    expect(trustedDate('Fri, 20 Nov 2026 08:52:54 GMT', now)).toBe('2026-11-20T08:52:54.000Z');
    expect(trustedDate(' 2026-11-20T10:00:00Z\n', now)).toBe('2026-11-20T10:00:00.000Z');
    for (const bad of ['', 'yesterday-ish', 'garbage', '2026-13-45T99:99:99Z', '+275760-09-13T00:00:00.001Z', undefined]) expect(trustedDate(bad, now), String(bad)).toBeUndefined();
  });

  it('does not trust a date more than a day after collection time, nor one before 1990', () => {
    expect(trustedDate(SOON, now)).toBe(SOON);
    expect(trustedDate(FUTURE, now)).toBeUndefined();
    expect(trustedDate('9999-12-31T23:59:59Z', now)).toBeUndefined();
    expect(trustedDate('1970-01-01T00:00:00Z', now)).toBeUndefined();
    expect(trustedDate('0001-01-01T00:00:00Z', now)).toBeUndefined();
    expect(trustedDate('1995-08-01T00:00:00Z', now)).toBe('1995-08-01T00:00:00.000Z');
  });

  it('reads epoch seconds without throwing, whatever the number', () => {
    expect(dateFromEpochSeconds(1795168800)).toBe('2026-11-20T10:00:00.000Z');
    for (const bad of [1e20, -1e20, Number.NaN, Number.POSITIVE_INFINITY, undefined]) expect(dateFromEpochSeconds(bad)).toBeUndefined();
  });
});

const stored = (items: RawItem[]) => normalizeItems(items, { id: 'test' }, now).map((m) => m.publishedAt);

describe('every adapter keeps the entry and drops only an untrusted date', () => {
  it('feeds (Atom, RSS, JSON Feed)', async () => {
    const atom = await parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>a</title><published>${FUTURE}</published></entry><entry><id>2</id><title>b</title><published>${SOON}</published></entry></feed>`);
    expect(stored(atom.items)).toEqual([undefined, SOON]);
    const rss = await parseFeed(`<rss version="2.0"><channel><item><title>a</title><pubDate>Tue, 01 Jan 2041 00:00:00 GMT</pubDate></item></channel></rss>`);
    expect(stored(rss.items)).toEqual([undefined]);
    const json = await parseFeed(JSON.stringify({ version: '1.1', items: [{ id: '1', content_text: 'x', date_published: FUTURE }] }));
    expect(stored(json.items)).toEqual([undefined]);
  });

  it('reddit: an absurd created_utc costs its post the date, not the listing', () => {
    const thing = (id: string, created: number) => ({ kind: 't3', data: { id, name: `t3_${id}`, author: 'marta_rz', subreddit: 'x', created_utc: created, title: `post ${id}`, permalink: `/r/x/comments/${id}/` } });
    const items = parseRedditListing({ kind: 'Listing', data: { children: [thing('a', 1e20), thing('b', 1795168800), thing('c', Date.parse(FUTURE) / 1000)] } });
    expect(items.map((i) => i.guid)).toEqual(['t3_a', 't3_b', 't3_c']);
    expect(stored(items)).toEqual([undefined, '2026-11-20T10:00:00.000Z', undefined]);
  });

  it('mastodon and X: a future or unreadable created_at', () => {
    const account = { acct: 'marta', username: 'marta', url: 'https://social.example/@marta' };
    const statuses = parseMastodonAnswer([
      { id: '1', uri: 'https://social.example/s/1', created_at: FUTURE, content: '<p>uno</p>', account },
      { id: '2', uri: 'https://social.example/s/2', created_at: 'soon', content: '<p>dos</p>', account },
    ]);
    expect(stored(statuses.map((s) => mastodonStatusItem(s, 'social.example')))).toEqual([undefined, undefined]);
    const tweets = parseXAnswer({ data: [{ id: '1', text: 'uno', created_at: FUTURE }, { id: '2', text: 'dos', created_at: '2026-11-20T10:00:00.000Z' }] });
    expect(stored(tweets)).toEqual([undefined, '2026-11-20T10:00:00.000Z']);
  });

  it('a date of the wrong type (null, a number for a string, a string for a number) costs the post its date, never the post', () => {
    const thing = { kind: 't3', data: { id: 'a', name: 't3_a', author: 'marta_rz', title: 'post', permalink: '/r/x/comments/a/', created_utc: 'yesterday' } };
    expect(stored(parseRedditListing({ kind: 'Listing', data: { children: [thing, { ...thing, data: { ...thing.data, name: 't3_b', created_utc: null } }] } }))).toEqual([undefined, undefined]);
    const account = { acct: 'marta', username: 'marta' };
    const statuses = parseMastodonAnswer([{ id: '1', uri: 'https://social.example/s/1', created_at: 1795168800, content: 'uno', account }, { id: '2', uri: 'https://social.example/s/2', content: 'dos', account }]);
    expect(stored(statuses.map((s) => mastodonStatusItem(s, 'social.example')))).toEqual([undefined, undefined]);
    expect(stored(parseHackerNewsAnswer({ hits: [{ objectID: '1', created_at: 5, created_at_i: '1795168800', title: 't' }] }).map(hackerNewsHitItem))).toEqual([undefined]);
    const post = { uri: 'at://did:plc:a/app.bsky.feed.post/1', author: { did: 'did:plc:a', handle: 'm.bsky.social' }, record: { text: 'x', createdAt: 42 }, indexedAt: false };
    expect(stored(parseBlueskyAnswer({ posts: [post] }).map(blueskyPostItem))).toEqual([undefined]);
    expect(stored(parseXAnswer({ data: [{ id: '1', text: 'uno', created_at: 7 }] }))).toEqual([undefined]);
  });

  it('hacker news: an absurd created_at_i neither throws nor moves the cursor into the future', async () => {
    const hit = (id: string, seconds: number) => ({ objectID: id, created_at_i: seconds, author: 'pg_fan', title: `story ${id}`, _tags: ['story'] });
    const hits = [hit('1', 1e15), hit('2', Date.parse(FUTURE) / 1000), hit('3', 1795168800)];
    expect(stored(parseHackerNewsAnswer({ hits }).map(hackerNewsHitItem))).toEqual([undefined, undefined, '2026-11-20T10:00:00.000Z']);
    const config = sourceEntry('hackernews', 'https://hn.algolia.com/api/v1/search_by_date?query=lumora');
    const result = await hackernews.fetch({ config, http: fakeHttp(() => ({ body: { hits, page: 0, nbPages: 1 } })), cursor: {} });
    expect(result.items).toHaveLength(3);
    expect(result.cursor.since).toBe('2026-11-20T10:00:00.000Z');
  });

  it('bluesky: a post dated in the future does not move the cursor there', async () => {
    const post = (rkey: string, createdAt: string) => ({ uri: `at://did:plc:a/app.bsky.feed.post/${rkey}`, author: { did: 'did:plc:a', handle: 'marta.bsky.social' }, record: { text: 'Lumora', createdAt }, indexedAt: createdAt });
    const posts = [post('1', FUTURE), post('2', '2026-11-20T10:00:00.000Z'), post('3', 'not a date')];
    expect(stored(parseBlueskyAnswer({ posts }).map(blueskyPostItem))).toEqual([undefined, '2026-11-20T10:00:00.000Z', undefined]);
    const config = sourceEntry('bluesky', 'https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=lumora');
    const result = await bluesky.fetch({ config, http: fakeHttp(() => ({ body: { posts } })), cursor: {} });
    expect(result.cursor.since).toBe('2026-11-20T10:00:00.000Z');
  });
});
