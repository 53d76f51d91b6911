import { describe, expect, it } from 'vitest';
import facebook from './facebook.ts';
import { readPosts } from './social-site.ts';
import { loadSocialFixture as loadFixture, plainPost } from './testing/social-fixture.ts';

describe('facebook recipe', () => {
  it('reads a group post and its comment with names, profile handles and permalinks', () => {
    const posts = readPosts(facebook, loadFixture('facebook-group.html')).map(plainPost);
    expect(posts).toEqual([
      {
        anchor: 'div',
        position: 'afterend',
        platform: 'facebook',
        kind: 'post',
        author: { name: 'Olivia Wright', url: 'https://www.facebook.com/oliviaw.ldn', handle: 'oliviaw.ldn' },
        url: 'https://www.facebook.com/groups/123456789012345/posts/987654321098765/?__cft__[0]=AZX',
        text: "Anyone else with Lumora in Leeds losing connection every night? It's been a week 😡",
      },
      {
        anchor: 'div',
        position: 'afterend',
        platform: 'facebook',
        kind: 'comment',
        author: { name: 'Tom Barker', url: 'https://www.facebook.com/tom.barker.77', handle: 'tom.barker.77' },
        url: 'https://www.facebook.com/tom.barker.77?comment_id=Y29tbWVudDo5ODc',
        text: "Same here, support keeps saying it's fixed.",
      },
    ]);
  });
});
