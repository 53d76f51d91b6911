import { describe, expect, it } from 'vitest';
import { handleFromUrl, normalizeHandle } from './author-handle.ts';

describe('handleFromUrl', () => {
  it.each([
    ['https://www.reddit.com/user/Marta_RZ', 'reddit', 'marta_rz'],
    ['https://old.reddit.com/u/gctaylor/', 'reddit', 'gctaylor'],
    ['https://x.com/LumoraHelp/status/123', 'x', 'lumorahelp'],
    ['https://twitter.com/jack', 'x', 'jack'],
    ['https://mastodon.social/@marta_rz', 'mastodon', 'marta_rz@mastodon.social'],
    ['https://ioc.exchange/@jon404/111544891736153138', 'mastodon', 'jon404@ioc.exchange'],
    ['https://hachyderm.io/@jon404@ioc.exchange', 'mastodon', 'jon404@ioc.exchange'],
    ['https://bsky.app/profile/marta.bsky.social/post/3k', 'bluesky', 'marta.bsky.social'],
    ['https://www.tiktok.com/@marta.rz/video/1', 'tiktok', 'marta.rz'],
    ['https://www.youtube.com/@LumoraTV', 'youtube', 'lumoratv'],
  ])('%s → %s:%s', (url, platform, handle) => {
    expect(handleFromUrl(url)).toEqual({ platform, handle });
  });

  it('ignores non-profile pages and junk', () => {
    expect(handleFromUrl('https://x.com/search?q=lumora')).toBeUndefined();
    expect(handleFromUrl('https://example.org/about')).toBeUndefined();
    expect(handleFromUrl('not a url')).toBeUndefined();
    expect(handleFromUrl(undefined)).toBeUndefined();
  });
});

describe('normalizeHandle', () => {
  it('drops @ and u/ and lowercases', () => {
    expect(normalizeHandle('@Marta_RZ')).toBe('marta_rz');
    expect(normalizeHandle('/u/Marta_RZ')).toBe('marta_rz');
  });
});
