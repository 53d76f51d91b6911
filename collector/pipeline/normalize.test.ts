import { describe, expect, it } from 'vitest';
import { normalizeItems } from './normalize.ts';
import { identifyItems, dropKnownItems } from './identify.ts';
import { htmlToText } from './html-to-text.ts';

const source = { id: 'demo' };

describe('htmlToText', () => {
  it('keeps text, breaks blocks, decodes entities and drops markup and scripts', () => {
    expect(htmlToText('<p>Hola &amp; adiós</p><p>Segunda<br>línea</p><script>alert(1)</script>')).toBe('Hola & adiós\nSegunda\nlínea');
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('normalizeItems', () => {
  it('tells platform, kind and author handle from URLs', () => {
    const [reddit, mastodon] = normalizeItems(
      [
        { guid: 't3_1', url: 'https://www.reddit.com/r/LumoraES/comments/1/x/?utm_source=rss', title: 'Otra vez sin fibra', content: '<p>Tercera vez</p>', html: true, author: { name: '/u/marta_rz', url: 'https://www.reddit.com/user/marta_rz' }, publishedAt: '2026-11-20T10:00:00+01:00' },
        { guid: 'https://mastodon.social/@marta_rz/1115', url: 'https://mastodon.social/@marta_rz/111544891736153138', content: 'Sin internet #lumora', publishedAt: 'Fri, 20 Nov 2026 12:52:54 +0000' },
      ],
      source,
    );
    expect(reddit).toMatchObject({ platform: 'reddit', kind: 'post', url: 'https://reddit.com/r/LumoraES/comments/1/x/', text: 'Tercera vez', author: { name: 'u/marta_rz', handle: 'marta_rz' }, publishedAt: '2026-11-20T09:00:00.000Z' });
    expect(mastodon).toMatchObject({ platform: 'mastodon', author: { handle: 'marta_rz@mastodon.social', url: 'https://mastodon.social/@marta_rz' }, publishedAt: '2026-11-20T12:52:54.000Z' });
  });

  it("drops Reddit's feed trailer", () => {
    const [item] = normalizeItems([{ url: 'https://www.reddit.com/r/x/comments/1/', html: true, content: '<div class="md"><p>El router falla</p></div> submitted by &#32; <a href="https://www.reddit.com/user/a"> /u/a </a> <br/> <span><a href="#">[link]</a></span> &#32; <span><a href="#">[comments]</a></span>' }], source);
    expect(item!.text).toBe('El router falla');
  });

  it('never invents a date, and drops items with no text at all', () => {
    const items = normalizeItems([{ content: 'hello', publishedAt: 'yesterday-ish' }, { content: '  ' }, {}], source);
    expect(items).toHaveLength(1);
    expect(items[0]!.publishedAt).toBeUndefined();
    expect(items[0]!.platform).toBe('rss');
  });

  it('lets the source config override the platform', () => {
    expect(normalizeItems([{ content: 'x', url: 'https://example.org/a' }], { id: 's', platform: 'google-alerts' })[0]!.platform).toBe('google-alerts');
  });
});

describe('identifyItems', () => {
  it('gives stable ids and keeps the first of duplicates', async () => {
    const items = normalizeItems([{ guid: 'a', content: 'first' }, { guid: 'a', content: 'second' }, { content: 'no guid' }], source);
    const ids = identifyItems(items);
    expect(ids.map((i) => i.text)).toEqual(['first', 'no guid']);
    expect(identifyItems(items).map((i) => i.id)).toEqual(ids.map((i) => i.id));
    const fresh = await dropKnownItems(ids, async (list) => new Set(list.slice(0, 1)));
    expect(fresh.map((i) => i.text)).toEqual(['no guid']);
  });
});
