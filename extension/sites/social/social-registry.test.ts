import { describe, expect, it } from 'vitest';
import { SOCIAL_MATCHES, SOCIAL_SITES, socialSiteFor } from './social-registry.ts';

describe('social registry', () => {
  it('has one recipe per id, each running on its own site', () => {
    expect(new Set(SOCIAL_SITES.map((s) => s.id)).size).toBe(SOCIAL_SITES.length);
    expect(SOCIAL_SITES.map((s) => s.id)).toEqual(expect.arrayContaining(['x', 'reddit', 'linkedin', 'instagram', 'tiktok', 'youtube', 'facebook', 'trustpilot', 'google-maps']));
    expect(socialSiteFor('https://x.com/acme/status/1')?.id).toBe('x');
    expect(socialSiteFor('https://www.trustpilot.com/review/acme.example')?.id).toBe('trustpilot');
    expect(socialSiteFor('https://example.com/')).toBeUndefined();
  });

  it('declares real sites only: no recipe runs on loopback or test hosts', () => {
    expect(socialSiteFor('http://127.0.0.1:41234/social-fixtures/reddit/subreddit.html')).toBeUndefined();
    expect(socialSiteFor('http://localhost:8080/r/LumoraES/')).toBeUndefined();
    expect(SOCIAL_MATCHES.filter((pattern) => /\/\/(127\.|localhost|\[::1\])|fixture/.test(pattern))).toEqual([]);
    expect(SOCIAL_MATCHES.every((pattern) => pattern.startsWith('https://'))).toBe(true);
  });
});
