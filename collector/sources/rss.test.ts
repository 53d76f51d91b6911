import { describe, expect, it } from 'vitest';
import { decodeBody } from '../http/decode-body.ts';
import { parseFeed } from './rss.ts';

describe('parseFeed', () => {
  it('reads Atom entries with their author name and profile URL', async () => {
    const { items } = await parseFeed(`<?xml version="1.0" encoding="UTF-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>search</title>
        <entry><id>t3_abc</id><title>Sin fibra otra vez</title><link href="https://www.reddit.com/r/LumoraES/comments/abc/x/"/>
          <author><name>/u/marta_rz</name><uri>https://www.reddit.com/user/marta_rz</uri></author>
          <published>2026-11-20T10:00:00+00:00</published><content type="html">&lt;p&gt;Tercera vez&lt;/p&gt;</content></entry>
      </feed>`);
    expect(items).toEqual([
      {
        guid: 't3_abc',
        url: 'https://www.reddit.com/r/LumoraES/comments/abc/x/',
        title: 'Sin fibra otra vez',
        content: '<p>Tercera vez</p>',
        html: true,
        author: { name: '/u/marta_rz', url: 'https://www.reddit.com/user/marta_rz' },
        publishedAt: '2026-11-20T10:00:00.000Z',
        lang: undefined,
      },
    ]);
  });

  it('reads RSS 2.0 items, dc:creator and the channel language', async () => {
    const { items } = await parseFeed(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title><language>es-ES</language>
      <item><guid isPermaLink="false">n-1</guid><title>Lumora sube precios</title><link>https://news.example/1</link><dc:creator>Redacción</dc:creator>
      <pubDate>Fri, 20 Nov 2026 12:52:54 +0000</pubDate><description>&lt;b&gt;Hola&lt;/b&gt;</description></item></channel></rss>`);
    expect(items[0]).toMatchObject({ guid: 'n-1', author: { name: 'Redacción' }, lang: 'es', publishedAt: '2026-11-20T12:52:54.000Z' });
  });

  it('fails with a parser error on malformed XML', async () => {
    await expect(parseFeed('<rss><channel><item><title>cut')).rejects.toThrow(/^parser: not a valid RSS\/Atom feed/);
    await expect(parseFeed('{"json": true}')).rejects.toThrow(/^parser:/);
  });
});

describe('decodeBody', () => {
  it('honours the charset of the header or the XML declaration', () => {
    const latin1 = Uint8Array.from([...Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>'), 0xf1, 0xe1, ...Buffer.from('</t>')]);
    expect(decodeBody(latin1)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><t>ñá</t>');
    expect(decodeBody(Uint8Array.from([0xe9]), 'text/xml; charset=windows-1252')).toBe('é');
    expect(decodeBody(new TextEncoder().encode('ñ'), 'text/xml')).toBe('ñ');
  });
});
