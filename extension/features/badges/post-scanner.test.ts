import { describe, expect, it } from 'vitest';
import reddit from '../../sites/social/reddit.ts';
import x from '../../sites/social/x.ts';
import { loadSocialFixture } from '../../sites/social/testing/social-fixture.ts';
import { createPostScanner } from './post-scanner.ts';

describe('post scanner', () => {
  it('finds each post once, and later only the ones the page added since', () => {
    const page = loadSocialFixture('reddit-subreddit.html');
    const scanner = createPostScanner(reddit, page, () => 'https://www.reddit.com/r/LumoraES/');
    const first = scanner.scan();
    expect(first.map((f) => f.key)).toEqual(['reddit-1', 'reddit-2', 'reddit-3', 'reddit-4', 'reddit-5', 'reddit-6']);
    expect(scanner.scan()).toEqual([]);
    const added = page.createElement('shreddit-post');
    added.setAttribute('author', 'new_one');
    added.setAttribute('permalink', '/r/LumoraES/comments/zz1/later/');
    page.getElementById('feed')?.append(added);
    expect(scanner.scan().map((f) => [f.key, f.post.author.handle])).toEqual([['reddit-7', 'new_one']]);
  });

  it('takes at most the limit per scan and the rest next time', () => {
    const scanner = createPostScanner(reddit, loadSocialFixture('reddit-subreddit.html'), () => 'https://www.reddit.com/r/LumoraES/');
    expect(scanner.scan(4)).toHaveLength(4);
    expect(scanner.scan(4)).toHaveLength(2);
  });

  it('adds the post a permalink page only describes in its metadata, once, unless it is rendered', () => {
    const page = new DOMParser().parseFromString('<head><meta property="og:title" content="Ana (@ana_mtz) on X"><meta property="og:description" content="Fatal"></head><body></body>', 'text/html');
    const scanner = createPostScanner(x, page, () => 'https://x.com/ana_mtz/status/123');
    expect(scanner.scan().map((f) => f.post.author)).toEqual([{ name: 'Ana', handle: 'ana_mtz', url: 'https://x.com/ana_mtz' }]);
    expect(scanner.scan()).toEqual([]);
  });
});

describe('post scanner on reused elements', () => {
  it('treats an element that now shows another post as a new post replacing the old badge', () => {
    const page = loadSocialFixture('reddit-subreddit.html');
    const scanner = createPostScanner(reddit, page, () => 'https://www.reddit.com/r/LumoraES/');
    const [first] = scanner.scan();
    first!.post.element!.setAttribute('permalink', '/r/LumoraES/comments/zz9/recycled/');
    expect(scanner.scan().map((f) => [f.key, f.replaces, f.post.url])).toEqual([['reddit-7', 'reddit-1', 'https://www.reddit.com/r/LumoraES/comments/zz9/recycled/']]);
  });
});
