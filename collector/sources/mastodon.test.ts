import { describe, expect, it } from 'vitest';
import mastodon, { mastodonStatusItem, parseMastodonAnswer, toMastodonApiUrl } from './mastodon.ts';
import { fakeHttp, sourceEntry } from './testing/fake-http.ts';
import { missingRequired, recordedAnswers, recordedDir } from './testing/recorded-data.ts';

const recorded = recordedDir('social-api/mastodon-py');

describe.skipIf(!recorded)('mastodon on recorded Mastodon.py answers', () => {
  const answers = recorded ? recordedAnswers(recorded, /\/api\/v1\/timelines\/|\/api\/v2\/search/) : [];

  it('maps every status of every timeline and search answer, with no required field missing', () => {
    expect(answers.length).toBeGreaterThanOrEqual(6);
    for (const answer of answers) {
      const raw = answer.json as unknown[] | { statuses: unknown[] };
      const expected = Array.isArray(raw) ? raw.length : raw.statuses.length;
      const items = parseMastodonAnswer(answer.json).map((s) => mastodonStatusItem(s, 'localhost'));
      expect(items.length, answer.file).toBe(expected);
      for (const item of items) {
        expect(missingRequired(item), answer.file).toEqual([]);
        expect(item.author?.handle).toMatch(/^\w+@[\w.-]+$/);
        expect(item.reach).toBeGreaterThanOrEqual(0);
        expect(Date.parse(item.publishedAt!)).not.toBeNaN();
      }
    }
  });

  it('reads the hashtag timeline post with its language, HTML content and author', () => {
    const tag = answers.find((a) => a.uri.endsWith('/timelines/tag/hoot'))!;
    const [item] = parseMastodonAnswer(tag.json).map((s) => mastodonStatusItem(s, 'localhost'));
    expect(item).toEqual({
      guid: 'http://localhost:3000/ap/users/117020566092212359/statuses/117020593741189701',
      url: 'http://localhost:3000/@mastodonpy_test_2/117020593741189701',
      title: undefined,
      content: '<p><a href="http://localhost:3000/tags/hoot" class="mention hashtag" rel="tag">#<span>hoot</span></a> (hashtag toot)</p>',
      html: true,
      author: { name: 'mastodonpy_test_2', handle: 'mastodonpy_test_2@localhost', url: 'http://localhost:3000/@mastodonpy_test_2' },
      publishedAt: '2026-08-01T13:55:55.867Z',
      platform: 'mastodon',
      kind: 'post',
      lang: 'ja',
      reach: 0,
    });
  });
});

const status = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  uri: `https://social.example/users/ana/statuses/${id}`,
  url: `https://social.example/@ana/${id}`,
  created_at: '2026-11-20T10:00:00.000Z',
  content: `<p>Lumora ${id}</p>`,
  account: { acct: 'ana', username: 'ana', display_name: 'Ana', url: 'https://social.example/@ana', followers_count: 12 },
  ...extra,
});

describe('mastodon adapter', () => {
  it('turns a tag page into the tag timeline API and sets the search type', () => {
    expect(toMastodonApiUrl('https://mastodon.social/tags/lumora').href).toBe('https://mastodon.social/api/v1/timelines/tag/lumora?limit=40');
    expect(toMastodonApiUrl('https://mastodon.social/api/v2/search?q=lumora').searchParams.get('type')).toBe('statuses');
  });

  it('reads a boost as the boosted post, with a remote author handle kept as given', () => {
    const boost = status('9', { reblog: status('5', { account: { acct: 'luis@other.example', username: 'luis', url: 'https://other.example/@luis', followers_count: 3 } }) });
    const [item] = parseMastodonAnswer([boost]).map((s) => mastodonStatusItem(s, 'social.example'));
    expect(item).toMatchObject({ guid: 'https://social.example/users/ana/statuses/5', author: { handle: 'luis@other.example' }, reach: 3 });
  });

  it('walks forward from the cursor with min_id and keeps the newest id', async () => {
    const pages: Record<string, unknown[]> = { '100': [status('102'), status('101')], '102': [] };
    const http = fakeHttp((url) => ({ body: pages[url.searchParams.get('min_id') ?? ''] ?? [status('100')] }));
    const config = sourceEntry('mastodon', 'https://social.example/api/v1/timelines/tag/lumora', { maxPages: 3 });
    const first = await mastodon.fetch({ config, http, cursor: {} });
    expect(first.cursor.sinceId).toBe('100');
    const next = await mastodon.fetch({ config, http, cursor: first.cursor });
    expect(next.items.map((i) => i.guid)).toEqual(['https://social.example/users/ana/statuses/102', 'https://social.example/users/ana/statuses/101']);
    expect(next.cursor.sinceId).toBe('102');
    expect(http.requests.map((r) => new URL(r.url).searchParams.get('min_id'))).toEqual([null, '100']);
  });

  it('needs the access-token variable it names', async () => {
    const config = sourceEntry('mastodon', 'https://social.example/api/v2/search?q=lumora', { accessTokenEnv: 'VIGIA_TEST_UNSET_TOKEN' });
    await expect(mastodon.fetch({ config, http: fakeHttp(() => ({ body: { statuses: [] } })), cursor: {} })).rejects.toThrow('config: source test-mastodon: environment variable VIGIA_TEST_UNSET_TOKEN is not set');
    const leaked = sourceEntry('mastodon', 'https://social.example/api/v2/search?q=lumora', { accessTokenEnv: 'abc.def-123' });
    await expect(mastodon.fetch({ config: leaked, http: fakeHttp(() => ({ body: [] })), cursor: {} })).rejects.toThrow(/accessTokenEnv: must be the name of an environment variable/);
  });
});
