// Titles and contents in every form feeds write them (Atom text/html/xhtml, Atom 0.3 modes and MIME
// types, base64, inline markup; RSS with entities, CDATA and naked markup), read into the plain text
// Vigía stores. Cases: feedparser's conformance files in testdata/feedparser (see the README there).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeItems } from '../../pipeline/normalize.ts';
import { parseFeed } from '../rss.ts';

const dir = join(import.meta.dirname, 'testdata', 'feedparser');
const read = (name: string) => readFileSync(join(dir, `${name}.xml`), 'utf8');

/** What Vigía reads from each file: the title and the text as stored (plain text, never markup). */
const EXPECTED: Record<string, { title?: string; text?: string }> = {
  'atom10/entry_title': { title: 'Example Atom' },
  'atom10/entry_title_base64': { title: 'Example Atom' },
  'atom10/entry_title_base64_2': { title: 'History of the <blink> tag' },
  'atom10/entry_title_escaped_markup': { title: 'Example Atom' },
  'atom10/entry_title_inline_markup': { title: 'Example Atom' },
  'atom10/entry_title_inline_markup_2': { title: 'History of the <blink> tag' },
  'atom10/entry_title_text_plain': { title: 'Example Atom' },
  'atom10/entry_title_text_plain_brackets': { title: 'History of the <blink> tag' },
  'atom10/entry_title_type_empty-no-crash': { title: 'evil' },
  'atom10/entry_content_base64': { text: 'Example Atom' },
  'atom10/entry_content_base64_2': { text: 'History of the <blink> tag' },
  'atom10/entry_content_application_xml': { text: 'Example Atom' },
  'atom10/entry_content_div_escaped_markup': { text: 'Example Atom' },
  'atom10/entry_content_escaped_markup': { text: 'Example Atom' },
  'atom10/entry_content_inline_markup': { text: 'Example Atom' },
  'atom10/entry_content_inline_markup_2': { text: 'History of the <blink> tag' },
  'atom10/entry_content_text_plain': { text: 'Example Atom' },
  'atom10/entry_content_text_plain_brackets': { text: 'History of the <blink> tag' },
  'atom10/entry_content_and_summary': { text: 'Example Atom' },
  'atom10/entry_summary_base64': { text: 'Example Atom' },
  'atom10/entry_summary_escaped_markup': { text: 'Example Atom' },
  'atom10/entry_summary_inline_markup': { text: 'Example Atom' },
  'atom10/entry_summary_inline_markup_2': { text: 'History of the <blink> tag' },
  'atom10/entry_summary_text_plain': { text: 'Example Atom' },
  // Atom 0.3: type is a MIME type (default text/plain), mode is xml (default), escaped or base64.
  'atom/entry_title': { title: 'Example Atom' },
  'atom/entry_title_base64': { title: 'Example <b>Atom</b>' },
  'atom/entry_title_base64_2': { title: '<p>History of the &lt;blink&gt; tag</p>' },
  'atom/entry_title_content_mode_base64': { title: 'Example <b>Atom</b>' },
  'atom/entry_title_content_mode_escaped': { title: 'Example Atom' },
  'atom/entry_title_escaped_markup': { title: 'Example Atom' },
  'atom/entry_title_inline_markup': { title: 'Example Atom' },
  'atom/entry_title_inline_markup_2': { title: 'History of the <blink> tag' },
  'atom/entry_title_naked_markup': { title: 'Example Atom' },
  'atom/entry_title_text_plain': { title: 'Example Atom' },
  'atom/entry_title_text_plain_brackets': { title: 'History of the <blink> tag' },
  'atom/entry_content_mode_base64': { text: 'Example <b>Atom</b>' },
  'atom/entry_content_mode_escaped': { text: 'Example Atom' },
  'atom/entry_content_value': { text: 'Example Atom' },
  'atom/entry_summary_base64': { text: 'Example <b>Atom</b>' },
  'atom/entry_summary_base64_2': { text: '<p>History of the &lt;blink&gt; tag</p>' },
  'atom/entry_summary_escaped_markup': { text: 'Example Atom' },
  'atom/entry_summary_inline_markup': { text: 'Example Atom' },
  'atom/entry_summary_inline_markup_2': { text: 'History of the <blink> tag' },
  'atom/entry_summary_naked_markup': { text: 'Example Atom' },
  'rss/item_title': { title: 'Item 1 title' },
  'rss/item_description': { text: 'Example description' },
  'rss/item_description_br': { text: 'article title\narticle byline\ntext of article' },
  'rss/item_description_code_br': { text: '<br />' },
  'rss/item_description_escaped_markup': { text: 'Example description' },
  'rss/item_description_naked_markup': { text: 'Example description' },
  'rss/item_content_encoded': { text: 'Example content' },
  'rdf/rdf_item_title': { title: 'Example title' },
  'rdf/rdf_item_description': { text: 'Example description' },
  'rdf/rss090_item_title': { title: 'Item title' },
};

/** Dates each file gives its entry (Atom 0.3 issued/created/modified, published over issued, RSS dc:date). */
const DATES: Record<string, string> = {
  'atom/entry_issued_parsed': '2003-12-31T10:14:55.000Z',
  'atom/entry_created_parsed': '2003-12-31T10:14:55.000Z',
  'atom/entry_modified_map_updated_parsed': '2004-01-01T19:48:21.000Z',
  'atom/entry_published_parsed_date_overwriting': '2010-01-01T19:48:21.000Z',
  'rss/item_dc_date_parsed': '2003-12-31T10:14:55.000Z',
  'rss/item_pubDate_map_updated_parsed': '2004-01-01T19:48:21.000Z',
};

async function readAsStored(xml: string) {
  const { items } = await parseFeed(xml);
  return normalizeItems(items, { id: 'test' }, new Date('2026-11-20T10:00:00Z'));
}

describe('titles and contents in every feed form', () => {
  it.each(Object.entries(EXPECTED))('%s', async (name, expected) => {
    const [mention] = await readAsStored(read(name));
    if (expected.title !== undefined) expect(mention?.title).toBe(expected.title);
    if (expected.text !== undefined) expect(mention?.text).toBe(expected.text);
  });

  it.each(Object.entries(DATES))('%s dates its entry', async (name, iso) => {
    const { items } = await parseFeed(read(name));
    expect(new Date(items[0]!.publishedAt!).toISOString()).toBe(iso);
  });

  it('reads out-of-line content (src=) as no text, never as its URL', async () => {
    const { items } = await parseFeed(read('atom10/entry_content_src'));
    expect(items[0]?.content).toBeUndefined();
  });
});

describe('RSS titles', () => {
  const rss = (title: string) => `<rss version="2.0"><channel><title>t</title><item><title>${title}</title><description>d</description></item></channel></rss>`;
  const titleOf = async (title: string) => (await readAsStored(rss(title)))[0]?.title;

  it('keeps brackets and ampersands that are not markup', async () => {
    expect(await titleOf('1 &lt; 2 &amp;&amp; 3 &gt; 2')).toBe('1 < 2 && 3 > 2');
    expect(await titleOf('History of the &lt;blink&gt; tag')).toBe('History of the <blink> tag');
    expect(await titleOf('<![CDATA[AT&T <3 Lumora]]>')).toBe('AT&T <3 Lumora');
  });

  it('reads escaped, CDATA and doubly-escaped markup as HTML', async () => {
    expect(await titleOf('&lt;b&gt;Lumora&lt;/b&gt; sube precios')).toBe('Lumora sube precios');
    expect(await titleOf('<![CDATA[<em>Sin</em> fibra]]>')).toBe('Sin fibra');
    expect(await titleOf('Fish &amp;amp; Chips')).toBe('Fish & Chips');
    expect(await titleOf('Caf&#233; &amp;eacute;')).toBe('Café é');
  });

  it('reads naked markup inside the title as HTML', async () => {
    expect(await titleOf('Precio <b>subió</b> otra vez')).toBe('Precio subió otra vez');
  });
});

describe('Atom titles that used to crash', () => {
  it('reads a type="xhtml" title with inline markup as its text, in order', async () => {
    const [mention] = await readAsStored(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x1</id>
      <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Less: <em>&lt;</em> and <xhtml:b xmlns:xhtml="http://www.w3.org/1999/xhtml">more</xhtml:b> here</div></title>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Uno</p><p>Dos <a href="https://e.example/">tres</a></p></div></content></entry></feed>`);
    expect(mention).toMatchObject({ title: 'Less: < and more here', text: 'Uno\nDos tres' });
  });

  it('reads mode="escaped" markup as HTML even in an Atom 1.0 feed that writes no type, and prefers rel="alternate"', async () => {
    const [mention] = await readAsStored(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x3</id><title>t</title><link href="https://e.example/x3/edit"/><link rel="alternate" href="https://e.example/x3"/>
      <content mode="escaped">&lt;![CDATA[&lt;p&gt;Sin &lt;b&gt;fibra&lt;/b&gt;&lt;/p&gt;]]&gt;</content></entry></feed>`);
    expect(mention).toMatchObject({ text: 'Sin fibra', url: 'https://e.example/x3' });
  });

  it('keeps a type="text" title containing <blink> as text', async () => {
    const [mention] = await readAsStored(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x2</id><title type="text">Why &lt;blink&gt; &amp; &lt;marquee&gt; died</title></entry></feed>`);
    expect(mention?.title).toBe('Why <blink> & <marquee> died');
  });
});
