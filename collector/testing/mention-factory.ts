// Builds valid Mention values for tests, overriding only what a test cares about.
import type { Mention } from '../../shared/mention.ts';

let counter = 0;

export function makeMention(overrides: Partial<Mention> = {}): Mention {
  counter += 1;
  const at = overrides.publishedAt ?? new Date(Date.UTC(2026, 10, 20, 10, counter % 60)).toISOString();
  return {
    id: `test-${counter.toString(16).padStart(16, '0')}`,
    source: 'test',
    platform: 'reddit',
    kind: 'post',
    url: `https://reddit.com/r/test/comments/${counter}/`,
    author: { name: `u/user${counter}`, handle: `user${counter}` },
    text: `Mention number ${counter} about Lumora`,
    lang: 'en',
    publishedAt: at,
    collectedAt: '2026-11-24T00:00:00.000Z',
    sentiment: { score: -0.6, label: 'negative', confidence: 0.8 },
    matches: [{ brand: 'Lumora', terms: ['lumora'] }],
    triage: { status: 'new', updatedAt: '2026-11-24T00:00:00.000Z' },
    priority: 50,
    ...overrides,
  };
}
