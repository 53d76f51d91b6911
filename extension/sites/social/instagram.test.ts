import { describe, expect, it } from 'vitest';
import instagram from './instagram.ts';
import { readPosts } from './social-site.ts';
import { loadSocialFixture as loadFixture, plainPost } from './testing/social-fixture.ts';

describe('instagram recipe', () => {
  it('reads feed posts: author from the header link, the caption (emoji kept), link and date', () => {
    const posts = readPosts(instagram, loadFixture('instagram-feed.html')).map(plainPost);
    expect(posts).toEqual([
      {
        anchor: 'span._ap3a',
        position: 'afterend',
        platform: 'instagram',
        kind: 'post',
        author: { handle: 'lucia.bcn', url: 'https://www.instagram.com/lucia.bcn/' },
        url: 'https://www.instagram.com/p/DCx7Lm0rA1b/',
        text: 'La tienda de Lumora en Valencia, súper amables y rápidos 😍',
        publishedAt: '2026-11-22T20:14:03.000Z',
      },
      expect.objectContaining({ author: { handle: 'dani_ovd', url: 'https://www.instagram.com/dani_ovd/' }, url: 'https://www.instagram.com/p/DCy8Lm0rA2c/' }),
    ]);
  });
});
