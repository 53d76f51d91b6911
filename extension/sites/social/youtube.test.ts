import { describe, expect, it } from 'vitest';
import { readPosts } from './social-site.ts';
import { loadSocialFixture as loadFixture, plainPost } from './testing/social-fixture.ts';
import youtube, { youtubePagePost } from './youtube.ts';

describe('youtube recipe', () => {
  const page = loadFixture('youtube-watch.html');

  it('reads comments with the handle from the channel link and the comment link, but no relative date', () => {
    expect(readPosts(youtube, page).map(plainPost)).toEqual([
      {
        anchor: 'yt-attributed-string',
        position: 'afterend',
        platform: 'youtube',
        kind: 'comment',
        author: { handle: 'kev_hughes', url: 'https://www.youtube.com/@kev_hughes' },
        url: 'https://www.youtube.com/watch?v=Lm0raBox001&lc=UgxK3vQ1aB2cD3eF4gH5',
        text: 'Port forwarding broke after the last firmware update, terrible.',
      },
      expect.objectContaining({ author: { handle: 'gwen_cdf', url: 'https://www.youtube.com/@gwen_cdf' }, text: 'Great video, mine took five minutes 👍' }),
    ]);
  });

  it('reads the video itself from its microdata: channel, title and the upload instant in UTC', () => {
    const video = youtubePagePost(page, 'https://www.youtube.com/watch?v=Lm0raBox001&t=42s');
    expect(video && plainPost(video)).toMatchObject({
      anchor: 'h1',
      kind: 'post',
      url: 'https://www.youtube.com/watch?v=Lm0raBox001',
      author: { name: 'Tech with James', handle: 'techwithjames', url: 'http://www.youtube.com/@TechWithJames' },
      title: 'Lumora Box setup in ten minutes',
      publishedAt: '2026-11-17T12:00:14.000Z',
    });
    expect(youtubePagePost(page, 'https://www.youtube.com/@TechWithJames')).toBeUndefined();
  });
});
