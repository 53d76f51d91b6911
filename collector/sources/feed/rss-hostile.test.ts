// Hostile and broken feed documents: a bad date costs one entry its date, never the feed; each document is
// read on its own (nothing one declares or names changes how the next is read, nor Object.prototype);
// whatever the input, parseFeed answers items or a ParseError, never another exception.
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors.ts';
import { parseFeedExtras } from './feed-extras.ts';
import { parseFeed } from '../rss.ts';

const atom = (entries: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${entries}</feed>`;
const rss = (items: string) => `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>${items}</channel></rss>`;

/** The outcome of reading a document, comparable with toEqual: its items, or the error's message. */
const outcome = (xml: string) =>
  parseFeed(xml).then(
    ({ items }) => ({ items }),
    (error: Error) => ({ error: error.message, parserError: error instanceof ParseError }),
  );

describe('a bad date costs that entry its date, never the feed', () => {
  it('Atom: every entry is kept; only the unreadable dates are dropped', async () => {
    const { items } = await parseFeed(
      atom(`<entry><id>1</id><title>uno</title><published>not a date</published></entry>
        <entry><id>2</id><title>dos</title><published>2026-11-20T10:00:00Z</published></entry>
        <entry><id>3</id><title>tres</title><updated>2026-13-45T99:99:99Z</updated></entry>
        <entry><id>4</id><title>cuatro</title><published>+275760-09-13T00:00:00.001Z</published><updated>2026-11-21T08:00:00Z</updated></entry>`),
    );
    expect(items.map((i) => i.title)).toEqual(['uno', 'dos', 'tres', 'cuatro']);
    expect(items.map((i) => i.publishedAt && new Date(i.publishedAt).toISOString())).toEqual([undefined, '2026-11-20T10:00:00.000Z', undefined, '2026-11-21T08:00:00.000Z']);
  });

  it('RSS, RDF and JSON Feed alike, and a readable date is taken where the first one is not', async () => {
    const fromRss = await parseFeed(rss(`<item><title>a</title><pubDate>Someday, 99 Foo 20x6</pubDate></item><item><title>b</title><pubDate>garbage</pubDate><dc:date>2026-11-20T10:00:00Z</dc:date></item>`));
    expect(fromRss.items.map((i) => [i.title, i.publishedAt && new Date(i.publishedAt).toISOString()])).toEqual([['a', undefined], ['b', '2026-11-20T10:00:00.000Z']]);
    const fromRdf = await parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="x"><title>t</title></channel><item rdf:about="https://e.example/1"><title>r</title><dc:date>31/02/2026 25:61</dc:date></item></rdf:RDF>`);
    expect(fromRdf.items).toMatchObject([{ title: 'r' }]);
    const fromJson = await parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', content_text: 'x', date_published: 'Tuesday' }, { id: '2', content_text: 'y', date_published: 12345 }] }));
    expect(fromJson.items.map((i) => i.guid)).toEqual(['1', '2']);
  });
});

describe('each document is read on its own', () => {
  const normal = rss(`<item><guid>n-1</guid><title>Normal</title><link>https://news.example/1</link><pubDate>Fri, 20 Nov 2026 12:52:54 +0000</pubDate></item>`);
  const malformed = rss(`<item><title>a & b</title></item>`);
  const hostiles: Record<string, string> = {
    'text after the root element': `${rss('')}trailing text`,
    'a second root element': `${rss('')}<rss version="2.0"><channel><item><title>Injected</title></item></channel></rss>`,
    'an entity declared in its DOCTYPE': `<!DOCTYPE rss [<!ENTITY brand "EVIL">]>${rss('<item><title>&brand;</title></item>')}`,
    'prototype keys as element and attribute names': rss(
      `<__proto__><polluted>yes</polluted></__proto__><item constructor="x" __proto__="y"><__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor><toString>x</toString><hasOwnProperty>x</hasOwnProperty><title>p</title><valueOf/></item>`,
    ),
    'a bad Atom date': atom('<entry><title>a</title><published>nope</published></entry>'),
    'a cut document': '<rss version="2.0"><channel><item><title>cut',
    'deep nesting': `<rss version="2.0"><channel><item><title>${'<b>'.repeat(20_000)}x${'</b>'.repeat(20_000)}</title></item></channel></rss>`,
  };

  it.each(Object.entries(hostiles))('after %s, a normal and a malformed document read as they do alone', async (_, hostile) => {
    const alone = { normal: await outcome(normal), malformed: await outcome(malformed), extras: await parseFeedExtras(normal) };
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    // A successful read may reset what a hostile one left behind: read each victim right after it.
    await outcome(hostile);
    expect(await outcome(malformed)).toEqual(alone.malformed);
    await outcome(hostile);
    expect(await outcome(normal)).toEqual(alone.normal);
    await parseFeedExtras(hostile).catch(() => undefined);
    expect(await parseFeedExtras(malformed).catch((e: Error) => e.message)).toBe(await parseFeedExtras(malformed).catch((e: Error) => e.message));
    await parseFeedExtras(hostile).catch(() => undefined);
    expect(await parseFeedExtras(normal)).toEqual(alone.extras);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads prototype-named elements as ordinary elements', async () => {
    expect(await outcome(hostiles['prototype keys as element and attribute names']!)).toMatchObject({ items: [{ title: 'p' }] });
    expect(await outcome(malformed)).toMatchObject({ parserError: true });
  });
});

describe('nothing but items or a parser error', () => {
  const documents = [
    '',
    '   ',
    '<rss/>',
    '<feed/>',
    '<rss version="2.0"><channel/></rss>',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
    '<opml version="2.0"><body/></opml>',
    rss('<item><title><b>nested</b> <i>title</i></title><author><name><b>x</b></name></author><guid><x>1</x></guid><link><a>b</a></link></item>'),
    rss('<item><link href="https://e.example/1"/><dc:creator><x/></dc:creator><pubDate><b>2026</b></pubDate></item>'),
    atom('<entry><id><x/></id><title type="xhtml">no div</title><link/><link rel="alternate"/><author><name><em>Ana</em></name><uri>  </uri></author><content type="xhtml"/></entry>'),
    atom('<entry><title type="base64">!!!not base64!!!</title><content type="application/octet-stream">////</content><summary mode="base64">AAECAw==</summary></entry>'),
    atom(`<entry><title>${'x'.repeat(200_000)}</title></entry>`),
    `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "&#38;#38;">]><rss version="2.0"><channel><item><title>&amp;#38;</title></item></channel></rss>`,
    '<rss version="2.0"><channel><item><title>\u0000\u001b[31mred</title></item></channel></rss>',
  ];

  it.each(documents.map((d) => [d.slice(0, 60), d]))('%s', async (_, xml) => {
    const result = await outcome(xml);
    if ('error' in result) expect(result).toMatchObject({ parserError: true, error: expect.stringMatching(/^parser: /) });
    else expect(Array.isArray(result.items)).toBe(true);
    await expect(parseFeedExtras(xml).catch((e: unknown) => (e instanceof ParseError ? [] : Promise.reject(e)))).resolves.toBeInstanceOf(Array);
  });
});
