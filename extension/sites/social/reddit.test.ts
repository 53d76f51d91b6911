import { describe, expect, it } from 'vitest';
import reddit, { redditPagePost } from './reddit.ts';
import { readPosts } from './social-site.ts';
import { loadSocialFixture as loadFixture, plainPost } from './testing/social-fixture.ts';

describe('reddit recipe', () => {
  it('reads shreddit posts and nested comments with author, permalink, title and exact date', () => {
    const posts = readPosts(reddit, loadFixture('reddit-subreddit.html')).map(plainPost);
    expect(posts).toHaveLength(6);
    expect(posts[0]).toEqual({
      anchor: 'a',
      position: 'afterend',
      slot: 'title',
      platform: 'reddit',
      kind: 'post',
      author: { handle: 'marta_rz', url: 'https://www.reddit.com/user/marta_rz/' },
      url: 'https://www.reddit.com/r/LumoraES/comments/1r3qz6k/tercera_vez_que_el_tecnico_de_lumora_no/',
      title: 'Tercera vez que el técnico de Lumora no aparece. Me cambio a Nubitel',
      text: 'Tercera cita perdida. Nadie avisa, nadie llama. Mañana pido la baja.',
      publishedAt: '2026-11-19T19:05:58.412Z',
    });
    expect(posts[2]).toMatchObject({ text: '', title: '¿La app Mi Lumora deja cambiar la contraseña del WiFi?' });
    expect(posts[4]).toMatchObject({
      kind: 'comment',
      slot: 'comment',
      anchor: 'div',
      author: { handle: 'irene_sv' },
      url: 'https://www.reddit.com/r/LumoraES/comments/1r3qz6k/comment/kq1a2b3/',
      text: 'A mí el soporte por chat me lo arregló genial, muy contenta.',
      publishedAt: '2026-11-19T20:11:00.000Z',
    });
  });

  it('leaves a deleted author out and reads a reply as its own comment, not its parent’s text', () => {
    const [, , , , parent, reply] = readPosts(reddit, loadFixture('reddit-subreddit.html'));
    expect(reply?.author).toEqual({});
    expect(reply?.text).toBe('Pues a mí tampoco vinieron.');
    expect(parent?.text).not.toContain('tampoco');
  });

  it('knows reddit pages, and a thread page without a rendered post only from its metadata', () => {
    expect(reddit.isPage('https://www.reddit.com/r/LumoraES/')).toBe(true);
    expect(reddit.isPage('https://example.com/r/LumoraES/')).toBe(false);
    const page = new DOMParser().parseFromString(
      '<head><meta property="og:title" content="From the lumora community on Reddit: Router dead again"><meta name="description" content="Third time this month."></head><body></body>',
      'text/html',
    );
    const post = redditPagePost(page, 'https://www.reddit.com/r/lumora/comments/abc123/router_dead_again/?seeker-session=true');
    expect(post && plainPost(post)).toEqual({
      anchor: 'body',
      position: 'float',
      platform: 'reddit',
      kind: 'post',
      url: 'https://www.reddit.com/r/lumora/comments/abc123/router_dead_again/',
      author: {},
      title: 'Router dead again',
      text: 'Third time this month.',
    });
    expect(redditPagePost(page, 'https://www.reddit.com/r/lumora/')).toBeUndefined();
  });
});
