import { describe, expect, it } from 'vitest';
import { postKeyOf } from './post-key.ts';

describe('postKeyOf', () => {
  it.each([
    ['x', 'https://twitter.com/realDonaldTrump/status/1222907250383245320?s=20', 'x:1222907250383245320'],
    ['x', 'https://x.com/realDonaldTrump/status/1222907250383245320/photo/1', 'x:1222907250383245320'],
    ['reddit', 'https://old.reddit.com/r/lotus/comments/1pzbv0z/my_lotus_elise/', 'reddit:1pzbv0z'],
    ['reddit', 'https://www.reddit.com/r/lotus/comments/1pzbv0z/?utm_source=share', 'reddit:1pzbv0z'],
    ['reddit', 'https://www.reddit.com/r/LumoraES/comments/1r3qz6k/comment/kq1a2b3/', 'reddit:1r3qz6k:kq1a2b3'],
    ['youtube', 'https://youtu.be/hwMkbaS_M_c?t=3', 'youtube:hwMkbaS_M_c'],
    ['youtube', 'https://www.youtube.com/watch?v=Lm0raBox001&lc=UgxK3v', 'youtube:Lm0raBox001:UgxK3v'],
    ['bluesky', 'https://bsky.app/profile/Forbes.com/post/3mdd7aj7pgs2x/reposted-by', 'bluesky:forbes.com:3mdd7aj7pgs2x'],
    ['linkedin', 'https://www.linkedin.com/feed/update/urn:li:activity:7265001234567890123/', 'linkedin:7265001234567890123'],
    ['linkedin', 'https://www.linkedin.com/posts/gwen-carter_lumora-activity-7265001234567890123-AbCd', 'linkedin:7265001234567890123'],
    ['instagram', 'https://www.instagram.com/lucia.bcn/p/DCx7Lm0rA1b/', 'instagram:DCx7Lm0rA1b'],
    ['tiktok', 'https://www.tiktok.com/@techconpablo/video/7440123456789012345?lang=es', 'tiktok:7440123456789012345'],
    ['trustpilot', 'https://uk.trustpilot.com/reviews/6740aa01b2c3d4e5f6a7b8c9', 'trustpilot:6740aa01b2c3d4e5f6a7b8c9'],
  ])('%s %s → %s', (platform, url, key) => {
    expect(postKeyOf(platform, url)).toBe(key);
  });

  it('falls back to the canonical URL without tracking or trailing slash, and has no key without a URL', () => {
    expect(postKeyOf('mastodon', 'https://www.mastodon.social/@marta_rz/1135/?utm_source=x#top')).toBe('url:https://mastodon.social/@marta_rz/1135');
    expect(postKeyOf('x', 'https://x.com/home')).toBe('url:https://x.com/home');
    expect(postKeyOf('x', undefined)).toBeUndefined();
    expect(postKeyOf('x', 'not a url')).toBeUndefined();
  });
});
