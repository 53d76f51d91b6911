// Test data: valid Mentions built from a few overrides.
import type { Mention } from '../../../shared/mention.ts';

let counter = 0;

/** A valid negative Reddit mention; override what the test is about. */
export function makeMention(overrides: Partial<Mention> = {}): Mention {
  counter += 1;
  return {
    id: `m-${counter}`,
    source: 'acme-reddit',
    platform: 'reddit',
    kind: 'post',
    url: `https://www.reddit.com/r/acme/comments/${counter}/`,
    author: { name: 'Marta', handle: 'marta_rz', url: 'https://www.reddit.com/user/marta_rz' },
    title: `Post ${counter}`,
    text: 'Third bad experience with Acme, never again.',
    lang: 'en',
    publishedAt: `2026-11-02T10:${String(counter % 60).padStart(2, '0')}:00.000Z`,
    collectedAt: '2026-11-02T11:00:00.000Z',
    sentiment: { score: -0.7, label: 'negative', confidence: 0.8 },
    matches: [{ brand: 'Acme', terms: ['acme'] }],
    triage: { status: 'new', updatedAt: '2026-11-02T11:00:00.000Z' },
    priority: 50,
    ...overrides,
  };
}
