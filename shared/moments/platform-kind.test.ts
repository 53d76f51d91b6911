import { describe, expect, it } from 'vitest';
import { platformKindOf } from './platform-kind.ts';

describe('platformKindOf', () => {
  it.each([
    ['trustpilot', 'review-site'], ['google-maps', 'review-site'], ['support.acme.com', 'support-forum'],
    ['community.lumora.com', 'support-forum'], ['foro.lumora.com', 'support-forum'], ['reddit', 'social'],
    ['blog.example.org', 'other'], [undefined, 'other'],
  ])('%s → %s', (platform, kind) => expect(platformKindOf(platform)).toBe(kind));
});
