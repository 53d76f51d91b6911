import { describe, expect, it } from 'vitest';
import linkedin from './linkedin.ts';
import { readPosts } from './social-site.ts';
import { loadSocialFixture as loadFixture, plainPost } from './testing/social-fixture.ts';

describe('linkedin recipe', () => {
  it('reads feed updates and their comments with the /in/ handle, skipping promoted aggregates', () => {
    const posts = readPosts(linkedin, loadFixture('linkedin-feed.html')).map(plainPost);
    expect(posts).toEqual([
      {
        anchor: 'div.update-components-text',
        position: 'afterend',
        platform: 'linkedin',
        kind: 'post',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7265001234567890123/',
        author: { name: 'Gwen Carter', url: 'https://www.linkedin.com/in/gwen-carter-cdf', handle: 'gwen-carter-cdf' },
        text: 'Moved our office to Lumora business fibre last month. Zero downtime so far, great onboarding team.',
      },
      {
        anchor: 'div.comments-comment-item__main-content',
        position: 'afterend',
        platform: 'linkedin',
        kind: 'comment',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7265001234567890123/?commentUrn=urn%3Ali%3Acomment%3A(activity%3A7265001234567890123%2C7265009876543210987)',
        author: { name: 'Kevin Hughes', url: 'https://www.linkedin.com/in/kevin-hughes-it/', handle: 'kevin-hughes-it' },
        text: 'Our branch had three outages this week with Lumora, support was useless.',
      },
    ]);
  });
});
