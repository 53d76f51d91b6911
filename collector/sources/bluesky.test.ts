import { describe, expect, it } from 'vitest';
import bluesky, { blueskyPostItem, parseBlueskyAnswer } from './bluesky.ts';
import { fakeHttp, sourceEntry } from './testing/fake-http.ts';

// Shaped as app.bsky.feed.searchPosts answers (lexicon app.bsky.feed.defs#postView); no recording of
// this API is in the evaluation data.
const post = (rkey: string, createdAt: string, extra: Record<string, unknown> = {}) => ({
  uri: `at://did:plc:abc123/app.bsky.feed.post/${rkey}`,
  cid: 'bafyrei',
  author: { did: 'did:plc:abc123', handle: 'marta.bsky.social', displayName: 'Marta R.' },
  record: { $type: 'app.bsky.feed.post', text: `Lumora ${rkey}`, createdAt, langs: ['es'] },
  replyCount: 0,
  repostCount: 1,
  likeCount: 4,
  indexedAt: createdAt,
  ...extra,
});

describe('bluesky adapter', () => {
  it('maps a post to its bsky.app link, author, language and likes', () => {
    const [item] = parseBlueskyAnswer({ posts: [post('3kabc', '2026-11-20T10:00:00.000Z')] }).map(blueskyPostItem);
    expect(item).toEqual({
      guid: 'at://did:plc:abc123/app.bsky.feed.post/3kabc',
      url: 'https://bsky.app/profile/marta.bsky.social/post/3kabc',
      content: 'Lumora 3kabc',
      author: { name: 'Marta R.', handle: 'marta.bsky.social', url: 'https://bsky.app/profile/marta.bsky.social' },
      publishedAt: '2026-11-20T10:00:00.000Z',
      platform: 'bluesky',
      kind: 'post',
      lang: 'es',
      reach: 4,
    });
  });

  it('marks replies as comments and skips entries that are not posts', () => {
    const reply = post('3kdef', '2026-11-20T11:00:00.000Z', { record: { text: 'Same here', createdAt: '2026-11-20T11:00:00.000Z', reply: { root: {}, parent: {} } } });
    const items = parseBlueskyAnswer({ posts: [reply, { uri: 'not-at' }] }).map(blueskyPostItem);
    expect(items.map((i) => i.kind)).toEqual(['comment']);
  });

  it('searches newest first and remembers the newest post time as `since`, paging with the cursor', async () => {
    const http = fakeHttp((url) =>
      url.searchParams.get('cursor') === 'c2'
        ? { body: { posts: [post('3k1', '2026-11-20T09:00:00.000Z')] } }
        : { body: { posts: [post('3k3', '2026-11-20T12:00:00.000Z'), post('3k2', '2026-11-20T10:00:00.000Z')], cursor: 'c2' } },
    );
    const config = sourceEntry('bluesky', 'https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=lumora');
    const result = await bluesky.fetch({ config, http, cursor: { since: '2026-11-20T08:00:00.000Z' } });
    expect(result.items).toHaveLength(3);
    expect(result.cursor.since).toBe('2026-11-20T12:00:00.000Z');
    const first = new URL(http.requests[0]!.url);
    expect([first.searchParams.get('sort'), first.searchParams.get('since')]).toEqual(['latest', '2026-11-20T08:00:00.000Z']);
    expect(bluesky.claims?.(first)).toBe(true);
  });

  it('fails with a parser error when the answer has no posts list', async () => {
    const config = sourceEntry('bluesky', 'https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=lumora');
    await expect(bluesky.fetch({ config, http: fakeHttp(() => ({ body: { error: 'InvalidRequest' } })), cursor: {} })).rejects.toThrow('parser: test-bluesky: unexpected answer at posts');
  });
});
