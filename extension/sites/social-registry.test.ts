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

  it('runs a recipe on loopback fixture pages named by their path, never on other loopback pages', () => {
    expect(socialSiteFor('http://127.0.0.1:41234/social-fixtures/reddit/subreddit.html')?.id).toBe('reddit');
    expect(socialSiteFor('http://localhost:8080/social-fixtures/trustpilot/company.html')?.id).toBe('trustpilot');
    expect(socialSiteFor('http://127.0.0.1:41234/social-fixtures/unknown/x.html')).toBeUndefined();
    expect(socialSiteFor('http://127.0.0.1:41234/crm/contact-marta.html')).toBeUndefined();
    expect(socialSiteFor('http://192.168.1.4/social-fixtures/reddit/subreddit.html')).toBeUndefined();
    expect(SOCIAL_MATCHES).toContain('http://127.0.0.1/social-fixtures/*');
  });
});
