// The platform lists outside shared/ (the collector's normalize stage, RSSHub routes and review-site
// recipes; the extension's post keys and social recipes) agree with the platform catalogue.
import { describe, expect, it } from 'vitest';
import { normalizeItems } from '../collector/pipeline/normalize.ts';
import { SITES } from '../collector/reviews/sites/registry.ts';
import { platformOfRoute } from '../collector/sources/rsshub.ts';
import { postKeyOf } from '../extension/sites/social/post-key.ts';
import { SOCIAL_SITES } from '../extension/sites/social/social-registry.ts';
import { platformKindOf } from '../shared/moments/platform-kind.ts';
import { platformOfUrl } from '../shared/platform-of-url.ts';
import { PLATFORMS } from '../shared/platforms/catalogue.ts';
import { platformEntry, platformName } from '../shared/platforms/lookup.ts';

const item = (url?: string) => ({ title: 'Lumora', content: 'sin fibra otra vez', url });

describe('the normalize stage', () => {
  it.each(PLATFORMS.filter((p) => p.hosts || p.path).map((p) => [p.id, p.examples?.post] as const))('tells %s and its mention kind from %s', (id, url) => {
    const [mention] = normalizeItems([item(url)], { id: 'src' });
    expect([mention?.platform, mention?.kind]).toEqual([id, platformEntry(id)?.kind]);
  });

  it('gives the catalogue kind to every id and alias a source names', () => {
    for (const p of PLATFORMS) {
      for (const platform of [p.id, ...(p.aliases ?? [])]) expect([platform, normalizeItems([item()], { id: 'src', platform })[0]?.kind]).toEqual([platform, p.kind]);
    }
    expect(normalizeItems([item('https://blog.example.org/post')], { id: 'src' })[0]).toMatchObject({ platform: 'rss', kind: 'article' });
  });

  it('no longer drifts from the moment rules: review sites are reviews, social platforms are posts', () => {
    const kindOf = (platform: string) => normalizeItems([item()], { id: 'src', platform })[0]?.kind;
    for (const platform of ['capterra', 'booking', 'airbnb', 'mercadolibre', 'glassdoor', 'sitejabber', 'reviews.io', 'ciao']) {
      expect([platform, kindOf(platform), platformKindOf(platform)]).toEqual([platform, 'review', 'review-site']);
    }
    for (const platform of ['threads', 'twitter', 'telegram']) expect([platform, kindOf(platform), platformKindOf(platform)]).toEqual([platform, 'post', 'social']);
  });
});

describe('RSSHub routes', () => {
  it('tell every catalogue namespace as its platform and no other', () => {
    for (const p of PLATFORMS) for (const ns of p.rsshub ?? []) expect(platformOfRoute(new URL(`https://rsshub.example.org/${ns}/user/acme`))).toBe(p.id);
    expect(platformOfRoute(new URL('https://rsshub.example.org/constructor/user/acme'))).toBeUndefined();
  });
});

describe('post keys', () => {
  it.each(PLATFORMS.filter((p) => p.postKey).map((p) => [p.id, p.examples?.post] as const))('key a %s post by its id: %s', (id, url) => {
    expect(postKeyOf(id, url)).toMatch(new RegExp(`^${id}:[^:]+`));
  });

  it('key platforms without a rule, and an alias, by canonical URL', () => {
    for (const p of PLATFORMS.filter((e) => !e.postKey && e.examples)) expect(postKeyOf(p.id, p.examples?.post), p.id).toMatch(/^url:https:\/\//);
    expect(postKeyOf('twitter', 'https://twitter.com/jack/status/20')).toBe('url:https://twitter.com/jack/status/20');
  });
});

describe('site recipes', () => {
  it('read review sites of the catalogue, under its names, on URLs it tells as theirs', () => {
    for (const site of SITES) {
      expect([site.id, platformEntry(site.id)?.kind, platformName(site.id, 'en')]).toEqual([site.id, 'review', site.name]);
      expect(platformOfUrl(site.example), site.example).toBe(site.id);
    }
  });

  it('put badges on catalogue platforms, under their names, on every host they match', () => {
    for (const site of SOCIAL_SITES) {
      expect([site.id, platformName(site.platform, 'en')]).toEqual([site.id, site.name]);
      for (const pattern of site.matches) {
        const host = new URL(pattern.replace('://*.', '://www.')).hostname.replace(/^www\./, '');
        expect(platformEntry(site.platform)?.hosts?.test(host), pattern).toBe(true);
      }
    }
  });
});
