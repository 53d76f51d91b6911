import { describe, expect, it } from 'vitest';
import { readPosts } from './social-site.ts';
import { loadSocialFixture as loadFixture, plainPost } from './testing/social-fixture.ts';
import trustpilot from './trustpilot.ts';

describe('trustpilot recipe', () => {
  it('reads each review card: reviewer, stars as 0–1, date, title, text, language and review id', () => {
    const reviews = readPosts(trustpilot, loadFixture('trustpilot-company.html')).map(plainPost);
    expect(reviews).toEqual([
      {
        anchor: 'a',
        position: 'afterend',
        platform: 'trustpilot',
        kind: 'review',
        externalId: '6740aa01b2c3d4e5f6a7b8c9',
        url: 'https://www.trustpilot.com/reviews/6740aa01b2c3d4e5f6a7b8c9',
        author: { name: 'Tom Barker', url: 'https://www.trustpilot.com/users/66b0c1d2e3f4a5b6c7d8e9f0' },
        title: 'Cancelled my install twice',
        text: 'Lumora cancelled my installation twice without telling me. Awful service, never again.',
        rating: 0.2,
        publishedAt: '2026-11-20T08:41:10.000Z',
        lang: 'en',
      },
      expect.objectContaining({ author: { name: 'Sergio Alcántara', url: 'https://www.trustpilot.com/users/66b0c1d2e3f4a5b6c7d8e9f1' }, rating: 1, lang: 'es' }),
    ]);
  });

  it('runs on company review pages only', () => {
    expect(trustpilot.isPage('https://www.trustpilot.com/review/lumora.example?page=2')).toBe(true);
    expect(trustpilot.isPage('https://es.trustpilot.com/review/lumora.example')).toBe(true);
    expect(trustpilot.isPage('https://www.trustpilot.com/categories/internet')).toBe(false);
  });
});
