import { describe, expect, it } from 'vitest';
import { genericSite, SITES, siteFor } from './registry.ts';

describe('site registry', () => {
  it('lists each recipe once, with ids matching the known platforms and their examples supported', () => {
    expect(SITES.map((s) => s.id)).toEqual(['trustpilot', 'google-maps', 'yelp', 'tripadvisor', 'app-store', 'google-play', 'g2', 'amazon']);
    for (const site of SITES) expect([site.id, siteFor(site.example).id]).toEqual([site.id, site.id]);
  });

  it('falls back to the generic extractor for any other page, or a URL it cannot parse', () => {
    expect(siteFor('https://shop.example/kettle')).toBe(genericSite);
    expect(siteFor('not a url')).toBe(genericSite);
    const page = { url: 'https://shop.example/kettle', body: '<script type="application/ld+json">{"@type":"Review","author":"Ana","reviewBody":"Good."}</script>' };
    expect(genericSite.extract(page).reviews).toEqual([{ platform: 'web', url: page.url, pageUrl: page.url, author: { name: 'Ana' }, text: 'Good.' }]);
  });

  it('falls back to structured data on a site page its selectors do not recognise, and says so when there is none', () => {
    const trustpilot = siteFor('https://www.trustpilot.com/review/acme.example');
    const unknownLayout = { url: 'https://www.trustpilot.com/review/acme.example', body: '<div itemscope itemtype="https://schema.org/Review"><p itemprop="reviewBody">New layout.</p></div>' };
    expect(trustpilot.extract(unknownLayout).reviews.map((r) => [r.platform, r.text])).toEqual([['trustpilot', 'New layout.']]);
    expect(trustpilot.extract({ url: unknownLayout.url, body: '<p>Sign in to continue</p>' }).problems).toEqual([
      expect.stringMatching(/^trustpilot: no reviews found \(looked for structured data or "article\[data-service-review-card-paper\]/),
    ]);
  });
});
