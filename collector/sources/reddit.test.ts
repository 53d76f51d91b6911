import { describe, expect, it } from 'vitest';
import reddit, { parseRedditListing, toRedditApiUrl } from './reddit.ts';
import { fakeHttp, sourceEntry } from './testing/fake-http.ts';
import { missingRequired, recordedAnswers, recordedDir } from './testing/recorded-data.ts';

const praw = recordedDir('social-api/praw-reddit');

const countThings = (json: unknown): number =>
  (Array.isArray(json) ? json : [json]).flatMap((l: { data: { children: { kind: string }[] } }) => l.data.children).filter((c) => c.kind === 't1' || c.kind === 't3').length;

describe.skipIf(!praw)('reddit on recorded PRAW answers', () => {
  const answers = praw ? recordedAnswers(praw, /oauth\.reddit\.com/) : [];

  it('maps every post and comment of every listing, with no required field missing', () => {
    expect(answers.length).toBeGreaterThanOrEqual(10);
    for (const answer of answers) {
      const items = parseRedditListing(answer.json);
      expect(items.length, answer.file).toBe(countThings(answer.json));
      for (const item of items) {
        expect(missingRequired(item), `${answer.file} ${item.guid}`).toEqual([]);
        expect(Date.parse(item.publishedAt!)).not.toBeNaN();
        expect(item.reach).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('keeps the author handle, profile and score of a subreddit post', () => {
    const newest = answers.find((a) => a.file.includes('test_new.01'))!;
    expect(parseRedditListing(newest.json)[0]).toMatchObject({
      guid: 't3_48fbm9',
      url: 'https://www.reddit.com/r/AskReddit/comments/48fbm9/serious_parents_of_reddit_whats_the_biggest_lie/',
      title: "[Serious] Parents of Reddit, what's the biggest lie about yourself you've told your kids?",
      author: { name: 'u/RedHeadQc', handle: 'RedHeadQc', url: 'https://www.reddit.com/user/RedHeadQc' },
      publishedAt: '2016-03-01T08:37:38.000Z',
      kind: 'post',
      reach: 1,
    });
  });

  it('rebuilds comment permalinks and leaves deleted authors out', () => {
    const comments = answers.filter((a) => a.file.includes('CommentForest')).flatMap((a) => parseRedditListing(a.json)).filter((i) => i.kind === 'comment');
    expect(comments.every((c) => /^https:\/\/www\.reddit\.com\/r\/\w+\/comments\/3hahrw\/_\/\w+\/$/.test(c.url!))).toBe(true);
    const deleted = comments.filter((c) => !c.author);
    expect(deleted.length).toBeGreaterThan(0);
  });
});

describe('reddit adapter', () => {
  it('turns page URLs into JSON API URLs', () => {
    expect(toRedditApiUrl('https://www.reddit.com/search?q=acme&sort=new').href).toBe('https://www.reddit.com/search.json?q=acme&sort=new&raw_json=1&limit=100');
    expect(toRedditApiUrl('https://www.reddit.com/r/acme/new/').pathname).toBe('/r/acme/new.json');
    expect(toRedditApiUrl('https://www.reddit.com/r/acme/new.json?limit=25').searchParams.get('limit')).toBe('25');
  });

  it('claims Reddit listing URLs but leaves its RSS feeds to the rss kind', () => {
    expect(reddit.claims?.(new URL('https://www.reddit.com/search.json?q=acme'))).toBe(true);
    expect(reddit.claims?.(new URL('https://old.reddit.com/r/acme/new'))).toBe(true);
    expect(reddit.claims?.(new URL('https://www.reddit.com/r/acme/.rss'))).toBe(false);
    expect(reddit.claims?.(new URL('https://example.org/r/acme'))).toBe(false);
  });

  it('fetches one page with the conditional-GET validators and fails clearly on a non-listing', async () => {
    const http = fakeHttp(() => ({ body: { kind: 'Listing', data: { after: null, children: [{ kind: 'more', data: {} }] } }, etag: '"e2"' }));
    const result = await reddit.fetch({ config: sourceEntry('reddit', 'https://www.reddit.com/search.json?q=acme'), http, cursor: { etag: '"e1"' } });
    expect(result).toEqual({ items: [], cursor: { etag: '"e2"', lastModified: undefined } });
    expect(http.requests[0]?.options.etag).toBe('"e1"');
    const bad = fakeHttp(() => ({ body: { error: 429, message: 'Too Many Requests' } }));
    await expect(reddit.fetch({ config: sourceEntry('reddit', 'https://www.reddit.com/r/acme/new'), http: bad, cursor: {} })).rejects.toThrow("parser: test-reddit: unexpected answer at kind: Invalid input: expected \"Listing\"");
    const html = fakeHttp(() => ({ body: '<!doctype html><p>blocked</p>', contentType: 'text/html' }));
    await expect(reddit.fetch({ config: sourceEntry('reddit', 'https://www.reddit.com/r/acme/new'), http: html, cursor: {} })).rejects.toThrow('parser: test-reddit: www.reddit.com did not answer JSON (it starts "<!doctype html><p>blocked</p>")');
  });
});
