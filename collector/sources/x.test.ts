import { describe, expect, it } from 'vitest';
import x, { parseXAnswer, toXSearchUrl } from './x.ts';
import { fakeHttp, sourceEntry } from './testing/fake-http.ts';
import { missingRequired, recordedAnswers, recordedDir } from './testing/recorded-data.ts';

const recorded = recordedDir('social-api/tweepy-x-api-v2');

describe.skipIf(!recorded)('x on recorded tweepy answers', () => {
  const answers = recorded ? recordedAnswers(recorded, /\/2\/(tweets|users\/\d+\/(tweets|mentions|liked_tweets|bookmarks|timelines)|lists\/\d+\/tweets)/) : [];

  it('maps every post of every timeline and search answer, with no required field missing', () => {
    const withPosts = answers.filter((a) => Array.isArray((a.json as { data?: unknown }).data) && (a.json as { data: { text?: string }[] }).data[0]?.text);
    expect(withPosts.length).toBeGreaterThanOrEqual(8);
    for (const answer of withPosts) {
      const items = parseXAnswer(answer.json);
      expect(items.length, answer.file).toBe((answer.json as { data: unknown[] }).data.length);
      for (const item of items) expect(missingRequired(item), answer.file).toEqual([]);
    }
  });

  it('links a post without an expanded author through i/web and decodes X\'s escapes', () => {
    const search = answers.find((a) => a.uri.includes('/search/recent'))!;
    expect(parseXAnswer(search.json)[0]).toEqual({
      guid: '1578516068309794817',
      url: 'https://x.com/i/web/status/1578516068309794817',
      content: '2022-10-07 22:42:12.637103 tweepy',
      author: undefined,
      publishedAt: undefined,
      platform: 'x',
      kind: 'post',
      lang: undefined,
      reach: undefined,
    });
    const home = answers.find((a) => a.uri.includes('/timelines/reverse_chronological'))!;
    expect(parseXAnswer(home.json).map((i) => i.content)).toContain('RT @jangles: Introducing mixed media: Videos, images, and GIFs together in one #Tweet https://t.co/FMERM6PnVG  via @Twitter < great feature…');
  });
});

const answer = {
  data: [{ id: '1860000000000000002', text: 'Lumora &amp; me: no fibre again', author_id: '7', created_at: '2026-11-20T10:00:00.000Z', lang: 'en' }, { id: '1860000000000000001', text: '🙂', author_id: '8', lang: 'zxx' }],
  includes: { users: [{ id: '7', username: 'marta_rz', name: 'Marta', public_metrics: { followers_count: 1500 } }] },
  meta: { newest_id: '1860000000000000002', result_count: 2 },
};

describe('x adapter', () => {
  it('expands authors with their follower count and keeps only real language codes', () => {
    expect(parseXAnswer(answer)).toEqual([
      { guid: '1860000000000000002', url: 'https://x.com/marta_rz/status/1860000000000000002', content: 'Lumora & me: no fibre again', author: { name: 'Marta', handle: 'marta_rz', url: 'https://x.com/marta_rz' }, publishedAt: '2026-11-20T10:00:00.000Z', platform: 'x', kind: 'post', lang: 'en', reach: 1500 },
      { guid: '1860000000000000001', url: 'https://x.com/i/web/status/1860000000000000001', content: '🙂', author: undefined, publishedAt: undefined, platform: 'x', kind: 'post', lang: undefined, reach: undefined },
    ]);
  });

  it('sends the bearer token from the named variable, asks for authors, and polls with since_id', async () => {
    process.env.VIGIA_TEST_X_TOKEN = 'secret-token';
    const http = fakeHttp((url) => ({ body: url.searchParams.get('pagination_token') ? { meta: { result_count: 0 } } : { ...answer, meta: { ...answer.meta, next_token: 'p2' } } }));
    const config = sourceEntry('x', 'https://api.x.com/2/tweets/search/recent?query=lumora', { bearerTokenEnv: 'VIGIA_TEST_X_TOKEN' });
    const result = await x.fetch({ config, http, cursor: { sinceId: '1850000000000000000' } });
    expect(result.items).toHaveLength(2);
    expect(result.cursor.sinceId).toBe('1860000000000000002');
    expect(http.requests[0]?.options.headers).toEqual({ authorization: 'Bearer secret-token' });
    const first = new URL(http.requests[0]!.url);
    expect(first.searchParams.get('since_id')).toBe('1850000000000000000');
    expect(first.searchParams.get('expansions')).toBe('author_id');
    expect(new URL(http.requests[1]!.url).searchParams.get('pagination_token')).toBe('p2');
    delete process.env.VIGIA_TEST_X_TOKEN;
  });

  it('fails clearly without a token, or when X answers only errors', async () => {
    const config = sourceEntry('x', 'https://api.x.com/2/tweets/search/recent?query=lumora', { bearerTokenEnv: 'VIGIA_TEST_UNSET' });
    await expect(x.fetch({ config, http: fakeHttp(() => ({ body: {} })), cursor: {} })).rejects.toThrow('config: source test-x: environment variable VIGIA_TEST_UNSET is not set');
    process.env.VIGIA_TEST_X_TOKEN = 't';
    const errors = fakeHttp(() => ({ body: { errors: [{ title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.' }] } }));
    await expect(x.fetch({ config: { ...config, bearerTokenEnv: 'VIGIA_TEST_X_TOKEN' }, http: errors, cursor: {} })).rejects.toThrow('fetcher: X API: Invalid Request: One or more parameters');
    delete process.env.VIGIA_TEST_X_TOKEN;
    expect(toXSearchUrl('https://api.x.com/2/tweets/search/recent?query=a&max_results=10').searchParams.get('max_results')).toBe('10');
  });
});
