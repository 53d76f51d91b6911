import { describe, expect, it } from 'vitest';
import { readPosts } from './social-site.ts';
import { loadSocialFixture as loadFixture, plainPost } from './testing/social-fixture.ts';
import tiktok from './tiktok.ts';

describe('tiktok recipe', () => {
  it('reads the video description with its author and the comments with theirs', () => {
    const posts = readPosts(tiktok, loadFixture('tiktok-video.html')).map(plainPost);
    expect(posts).toEqual([
      {
        anchor: 'h1.css-1wdx3tj-H1Container',
        position: 'afterend',
        platform: 'tiktok',
        kind: 'post',
        author: { handle: 'techconpablo', url: 'https://www.tiktok.com/@techconpablo', name: 'Pablo Tech' },
        url: 'https://www.tiktok.com/@techconpablo/video/7440123456789012345',
        text: 'Probando el router nuevo de Lumora, la cobertura es brutal #lumora',
      },
      {
        anchor: 'p.css-xm2h10-PCommentText',
        position: 'afterend',
        platform: 'tiktok',
        kind: 'comment',
        author: { handle: 'ana_mtz', url: 'https://www.tiktok.com/@ana_mtz', name: 'Ana Martínez' },
        text: 'A mí me llegó sin cargador, un desastre',
      },
    ]);
  });
});
