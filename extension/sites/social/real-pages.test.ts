// Every recipe against the saved real pages (X, Reddit, YouTube and Bluesky here; any other platform whose
// saved pages the data holds): the author (and date, when the recipe gives one) must be what metascraper's
// snapshot found on the same page — also when the page's post markup is gone and only its metadata is left.
import { describe, expect, it } from 'vitest';
import { descriptionByline } from './metadata-bylines.ts';
import { completedBy } from './metadata-post.ts';
import { postKeyOf } from './post-key.ts';
import { cleanText } from './post-reading.ts';
import { readPosts, type PagePost, type SocialSite } from './social-site.ts';
import { SOCIAL_SITES } from './social-registry.ts';
import { realPageCases, SOCIAL_PAGES } from './testing/real-pages.ts';
import { existsSync } from 'node:fs';
import { createPostScanner } from '../../features/badges/post-scanner.ts';

const cases = realPageCases();
const siteOf = (pkg: string): SocialSite => {
  const site = SOCIAL_SITES.find((s) => `metascraper-${s.id}` === pkg);
  if (!site) throw new Error(`no recipe for ${pkg}`);
  return site;
};

/** The post a permalink page is about: the rendered post with the page's key (completed from the metadata), else the one its metadata describes. */
function mainPost(site: SocialSite, document: Document, url: string): PagePost | undefined {
  const key = postKeyOf(site.platform, url);
  const page = site.pagePost?.(document, url);
  const rendered = readPosts(site, document).find((post) => postKeyOf(site.platform, post.url) === key);
  // As the badges see it: a rendered post completed by what the metadata says about it.
  return rendered && page ? completedBy(rendered, page) : (rendered ?? page);
}

// Stylesheets and frames are renamed so the DOM does not try to load them (nothing is fetched in tests).
const wordsOf = (text: string): string => cleanText(text.replace(/https?:\/\/\S+/g, '').replace(/[‘’]/g, "'"));

const parse = (html: string): Document =>
  new DOMParser().parseFromString(html.replace(/rel="stylesheet"/gi, 'rel="x-stylesheet"').replace(/<(\/?)iframe\b/gi, '<$1x-iframe'), 'text/html');

describe.skipIf(!existsSync(SOCIAL_PAGES))('recipes on saved real pages', () => {
  it('has saved pages of the platforms it tests, each read by a recipe', () => {
    const saved = new Set(cases.map((c) => c.pkg));
    for (const pkg of ['metascraper-x', 'metascraper-reddit', 'metascraper-youtube', 'metascraper-bluesky']) expect(saved).toContain(pkg);
    for (const pkg of saved) expect(() => siteOf(pkg)).not.toThrow();
  });

  const postPages = cases.filter((c) => postKeyOf(siteOf(c.pkg).platform, c.url)?.startsWith(`${siteOf(c.pkg).platform}:`));
  it.each(postPages.map((c) => [`${c.pkg}: ${c.name}`, c] as const))('post page %s: the author and words metascraper found', (_, c) => {
    const site = siteOf(c.pkg);
    const post = mainPost(site, parse(c.html), c.url);
    expect(post).toBeDefined();
    expect(post?.author.name ?? null).toBe(c.author);
    if (c.author === null) expect(post?.author).toEqual({});
    if (post?.publishedAt !== undefined) expect(post.publishedAt).toBe(c.date);
    // The words metascraper read, without the links X appends for attached media and with plain quotes;
    // where the site wraps them in counts and a byline ("298K likes - user on May 29, 2021: "…"") only the post's words.
    if (c.description !== null) {
      const words = wordsOf(post?.text ?? '');
      if (descriptionByline(c.description, [site.name]).matched) expect(wordsOf(c.description)).toContain(words);
      else expect(words).toBe(wordsOf(c.description));
    }
    expect(postKeyOf(site.platform, post?.url)).toBe(postKeyOf(site.platform, c.url));
  });

  // What a saved page with unfamiliar markup looks like (issue 19): no element the recipe's selectors know.
  it.each(postPages.map((c) => [`${c.pkg}: ${c.name}`, c] as const))('post page %s without its post markup: one badge, from the metadata', (_, c) => {
    const site = siteOf(c.pkg);
    const document = parse(c.html);
    for (const element of document.querySelectorAll(site.posts)) element.remove();
    const found = createPostScanner(site, document, () => c.url).scan();
    expect(found).toHaveLength(1);
    const post = found[0]!.post;
    expect(post.author.name ?? null).toBe(c.author);
    if (post.publishedAt !== undefined) expect(post.publishedAt).toBe(c.date);
    expect(postKeyOf(site.platform, post.url)).toBe(postKeyOf(site.platform, c.url));
  });

  const otherPages = cases.filter((c) => !postPages.includes(c));
  it.each(otherPages.map((c) => [`${c.pkg}: ${c.name}`, c] as const))('profile or channel %s: not a post, its posts by their authors', (_, c) => {
    const site = siteOf(c.pkg);
    const document = parse(c.html);
    expect(site.pagePost?.(document, c.url)).toBeUndefined();
    const posts = readPosts(site, document);
    for (const post of posts) expect(post.author.handle).toMatch(/\S/);
    if (posts.length > 0) expect(posts.map((p) => p.author.name)).toContain(c.author);
  });
});
