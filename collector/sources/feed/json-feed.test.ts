import { describe, expect, it } from 'vitest';
import { parseFeed } from '../rss.ts';

describe('JSON Feed', () => {
  it('reads 1.1 items with their author list, and 1.0 items with a single author', async () => {
    const v11 = await parseFeed(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'es-ES',
      items: [{ id: 7, url: 'https://blog.example/7', title: ' Lumora ', content_html: '<p>Hola</p>', date_published: '2026-11-20T10:00:00Z', authors: [{ name: 'Ana', url: 'https://blog.example/ana' }] }],
    }));
    expect(v11.items).toEqual([{ guid: '7', url: 'https://blog.example/7', title: 'Lumora', content: '<p>Hola</p>', html: true, author: { name: 'Ana', url: 'https://blog.example/ana' }, publishedAt: '2026-11-20T10:00:00.000Z', lang: 'es' }]);
    const v10 = await parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1', author: { name: 'Blog' }, items: [{ id: 'a', content_text: 'plain', date_modified: '2026-11-21T10:00:00Z' }] }));
    expect(v10.items[0]).toMatchObject({ guid: 'a', content: 'plain', html: false, author: { name: 'Blog' }, publishedAt: '2026-11-21T10:00:00.000Z' });
  });

  it('fails clearly on JSON that is not a feed, and on broken JSON', async () => {
    await expect(parseFeed('{"results": []}')).rejects.toThrow('parser: a JSON document, but not a JSON Feed');
    await expect(parseFeed('{"version": "1.1", "items": [')).rejects.toThrow(/^parser: not a valid RSS\/Atom feed, nor JSON/);
  });
});
