import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../platforms/catalogue.ts';
import { replyUrlOf } from './reply-url.ts';

describe('where Reply takes a person', () => {
  it('opens X\'s reply intent with the text written in', () => {
    const url = new URL(replyUrlOf({ platform: 'x', url: 'https://x.com/marta_rz/status/1222907250383245320' }, 'Hola Marta, ¿nos escribes?')!);
    expect([url.origin + url.pathname, url.searchParams.get('in_reply_to'), url.searchParams.get('text')]).toEqual([
      'https://x.com/intent/tweet', '1222907250383245320', 'Hola Marta, ¿nos escribes?',
    ]);
  });

  it('opens the post itself where replying happens on it: Reddit, Mastodon, Bluesky', () => {
    for (const [platform, url] of [
      ['reddit', 'https://www.reddit.com/r/LumoraES/comments/1r3qz6k/sin_fibra/'],
      ['mastodon', 'https://mastodon.social/@marta_rz/111544891736153138'],
      ['bluesky', 'https://bsky.app/profile/marta.bsky.social/post/3mdd7aj7pgs2x'],
    ] as const) expect(replyUrlOf({ platform, url }, 'text')).toBe(url);
  });

  it('opens the video of a YouTube comment, Hacker News\' reply form, and the owners\' pages of review sites', () => {
    expect(replyUrlOf({ platform: 'youtube', url: 'https://youtu.be/Lm0raBox001' })).toBe('https://www.youtube.com/watch?v=Lm0raBox001');
    expect(replyUrlOf({ platform: 'youtube', url: 'https://www.youtube.com/watch?v=Lm0raBox001&lc=Ugx1' })).toBe('https://www.youtube.com/watch?v=Lm0raBox001&lc=Ugx1');
    expect(replyUrlOf({ platform: 'hackernews', url: 'https://news.ycombinator.com/item?id=41234567' })).toBe('https://news.ycombinator.com/reply?id=41234567&goto=item%3Fid%3D41234567');
    expect(replyUrlOf({ platform: 'google-maps', url: 'https://www.google.com/maps/place/Lumora/@40.41,-3.70,17z' })).toBe('https://business.google.com/reviews');
    expect(replyUrlOf({ platform: 'trustpilot', url: 'https://www.trustpilot.com/reviews/6740aa01b2c3d4e5f6a7b8c9' })).toBe('https://b2b.trustpilot.com/');
  });

  it('falls back to the post for a URL its rule cannot read, and opens nothing without an http(s) URL', () => {
    expect(replyUrlOf({ platform: 'x', url: 'https://x.com/marta_rz' })).toBe('https://x.com/marta_rz');
    expect(replyUrlOf({ platform: 'rss', url: 'https://blog.example/post' })).toBe('https://blog.example/post');
    expect(replyUrlOf({ platform: 'reddit', url: 'javascript:alert(1)' })).toBeUndefined();
    expect(replyUrlOf({ platform: 'reddit' })).toBeUndefined();
  });

  it('gives every catalogue rule\'s example an http(s) page', () => {
    for (const p of PLATFORMS.filter((e) => e.replyUrl && e.examples)) expect(replyUrlOf({ platform: p.id, url: p.examples!.post }, 'x'), p.id).toMatch(/^https:\/\//);
  });
});
