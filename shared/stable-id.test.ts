import { describe, expect, it } from 'vitest';
import { canonicalUrl, hash64, mentionIdOf } from './stable-id.ts';

describe('canonicalUrl', () => {
  it('drops tracking parameters, fragments and www, and sorts the rest', () => {
    expect(canonicalUrl('https://www.Reddit.com/r/x/comments/1/?utm_source=share&b=2&a=1#top')).toBe('https://reddit.com/r/x/comments/1/?a=1&b=2');
  });
  it('refuses what is not http(s)', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeUndefined();
    expect(canonicalUrl('nonsense')).toBeUndefined();
    expect(canonicalUrl(undefined)).toBeUndefined();
  });
});

describe('mentionIdOf', () => {
  it('prefers the guid, then the canonical URL, then the content', () => {
    const a = mentionIdOf({ platform: 'reddit', guid: 't3_1', url: 'https://reddit.com/a', text: 'x' });
    expect(mentionIdOf({ platform: 'reddit', guid: 't3_1', url: 'https://reddit.com/b', text: 'y' })).toBe(a);
    const byUrl = mentionIdOf({ platform: 'rss', url: 'https://news.example/a?utm_medium=x', text: 'one' });
    expect(mentionIdOf({ platform: 'rss', url: 'https://news.example/a', text: 'two' })).toBe(byUrl);
    const byText = mentionIdOf({ platform: 'rss', text: 'same text' });
    expect(mentionIdOf({ platform: 'rss', text: 'same text' })).toBe(byText);
    expect(mentionIdOf({ platform: 'rss', text: 'other text' })).not.toBe(byText);
  });
  it('keeps the platform in the id', () => {
    expect(mentionIdOf({ platform: 'mastodon', guid: 'g', text: '' })).toMatch(/^mastodon-[0-9a-f]{16}$/);
    expect(mentionIdOf({ platform: 'x', guid: 'g', text: '' })).not.toBe(mentionIdOf({ platform: 'reddit', guid: 'g', text: '' }));
  });
  it('hash64 spreads near-identical inputs', () => {
    const hashes = new Set(Array.from({ length: 10_000 }, (_, i) => hash64(`post-${i}`)));
    expect(hashes.size).toBe(10_000);
  });
});
