import { describe, expect, it } from 'vitest';
import { handleFromUrl } from '../author-handle.ts';
import { KNOWN_PLATFORMS, platformSchema } from '../mention.ts';
import { platformKindOf } from '../moments/platform-kind.ts';
import { platformOfUrl } from '../platform-of-url.ts';
import { PLATFORMS } from './catalogue.ts';
import { mentionKindOfPlatform, platformEntry, platformName, platformOfRsshubNamespace } from './lookup.ts';

const PLACE = { review: 'review-site', post: 'social', article: 'other' } as const;
const toldFromUrls = PLATFORMS.filter((p) => p.hosts || p.path);

describe('the platform catalogue', () => {
  it('has one entry per id; ids, aliases and RSSHub namespaces are each taken once', () => {
    const names = PLATFORMS.flatMap((p) => [p.id, ...(p.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    const namespaces = PLATFORMS.flatMap((p) => p.rsshub ?? []);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const name of names) expect(platformSchema.safeParse(name).success, name).toBe(true);
  });

  it('shows every platform by a name in English and in Spanish, and an unknown id as itself', () => {
    for (const { id } of PLATFORMS) for (const language of ['en', 'es'] as const) expect(platformName(id, language).trim(), id).not.toBe('');
    expect([platformName('google-news', 'en'), platformName('google-news', 'es'), platformName('x', 'es')]).toEqual(['Google News', 'Google Noticias', 'X']);
    expect(platformName('blog.example.org', 'es')).toBe('blog.example.org');
  });

  it('gives an example URL to every platform told from URLs or keyed by a rule', () => {
    for (const p of PLATFORMS) if (p.hosts || p.path || p.handle || p.postKey) expect(p.examples?.post, p.id).toMatch(/^https:\/\//);
  });
});

describe('lists derived from the catalogue agree with it', () => {
  it('KNOWN_PLATFORMS is the catalogue, in its order', () => {
    expect(KNOWN_PLATFORMS).toEqual(PLATFORMS.map((p) => p.id));
  });

  it.each(toldFromUrls.map((p) => [p.id, p.examples?.post] as const))('platformOfUrl tells %s from %s', (id, url) => {
    expect(platformOfUrl(url)).toBe(id);
  });

  it('platformOfUrl tells no platform the catalogue names only by id', () => {
    for (const p of PLATFORMS.filter((e) => !e.hosts && !e.path)) expect(platformOfUrl(`https://${p.id}.example/post/1234567`), p.id).toBeUndefined();
  });

  it.each(PLATFORMS.filter((p) => p.handle).map((p) => [p.id, p.examples?.profile ?? p.examples?.post] as const))('handleFromUrl reads a %s handle from %s', (id, url) => {
    expect(handleFromUrl(url)?.platform).toBe(id);
  });

  it('platformKindOf and the mention kind say the same of every id and alias (review ⇔ review site, post ⇔ social)', () => {
    for (const p of PLATFORMS) {
      for (const name of [p.id, ...(p.aliases ?? [])]) {
        expect([name, platformKindOf(name), mentionKindOfPlatform(name)]).toEqual([name, PLACE[p.kind], p.kind]);
        expect(platformKindOf(name.toUpperCase())).toBe(PLACE[p.kind]);
      }
    }
    expect([platformKindOf('blog.example.org'), mentionKindOfPlatform('blog.example.org')]).toEqual(['other', 'article']);
  });

  it('maps every RSSHub namespace to its platform, and nothing else (not even Object.prototype names)', () => {
    for (const p of PLATFORMS) for (const ns of p.rsshub ?? []) expect(platformOfRsshubNamespace(ns)).toBe(p.id);
    expect(['github', 'constructor', 'toString', ''].map(platformOfRsshubNamespace)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads an alias as its platform and an unknown id as nothing', () => {
    expect(platformEntry('twitter')?.id).toBe('x');
    expect(platformEntry('constructor')).toBeUndefined();
  });
});
