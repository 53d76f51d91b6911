import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWithSax, parseXml, type XmlElement } from './rss-xml.ts';
import { parseXmlFast } from './xml-fast.ts';

const here = dirname(fileURLToPath(import.meta.url));
const LIMITS = { depth: 256, elements: 1_000_000 };

/** Every feed document the tests and the demo serve. */
function feedDocuments(): [string, string][] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(xml|rss|atom|rdf)$/.test(name)) files.push(path);
    }
  };
  walk(join(here, 'testdata'));
  walk(join(here, '../../demo/fixtures/feeds'));
  return files.map((file) => [file, readFileSync(file, 'utf8')]);
}

/** sax's tree, or 'error' when sax refuses the document. */
const bySax = (xml: string): XmlElement | 'error' => {
  try {
    return parseWithSax(xml);
  } catch {
    return 'error';
  }
};

describe('the fast XML reader', () => {
  it('reads every test and demo feed into the tree sax builds, or leaves it to sax', () => {
    const documents = feedDocuments();
    expect(documents.length).toBeGreaterThan(50);
    let fast = 0;
    for (const [file, xml] of documents) {
      const tree = parseXmlFast(xml, LIMITS);
      if (tree) fast++;
      if (tree) expect({ file, tree }).toEqual({ file, tree: bySax(xml) });
    }
    expect(fast).toBeGreaterThan(documents.length / 2);
  });

  it('never accepts a damaged document sax refuses, and reads the ones it accepts as sax does', () => {
    const junk = ['<', '>', '&', '&amp;', '&#0;', '&#x1F600;', '&nbsp;', '"', "'", ']]>', '<!--', '-->', '<!--->', '<![CDATA[', '</a>', '<a>', '<?pi x?>', '<!DOCTYPE x>', '\r\n', ' ', '=', '/', '<b/>', '<x y="1" y="2"/>', '\u0000', '\ufeff'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let accepted = 0;
    for (const [file, xml] of feedDocuments()) {
      for (let k = 0; k < 60; k++) {
        const at = Math.floor(random() * xml.length);
        const pick = random();
        const damaged = pick < 0.3 ? xml.slice(0, at) : pick < 0.65 ? xml.slice(0, at) + junk[Math.floor(random() * junk.length)] + xml.slice(at) : xml.slice(0, at) + xml.slice(at + 1 + Math.floor(random() * 5));
        const tree = parseXmlFast(damaged, LIMITS);
        if (!tree) continue;
        accepted++;
        expect({ file, k, tree }).toEqual({ file, k, tree: bySax(damaged) });
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('leaves to sax what only sax reads right or refuses with its reason', () => {
    for (const xml of [
      '<!DOCTYPE rss [<!ENTITY x "y">]><rss>&x;</rss>',
      '<rss><title>caf&eacute;</title></rss>',
      '<rss><a b="1" b="2"/></rss>',
      '<rss><a></b></rss>',
      '<rss><a>x & y</a></rss>',
      '<rss><a>&#0;</a></rss>',
      '\ufeff\ufeff<rss/>',
      '<rss><?php echo 1 ?></rss>',
      '<rss>',
      '<rss><a b=c/></rss>',
    ]) {
      expect(parseXmlFast(xml, LIMITS)).toBeUndefined();
    }
    expect(() => parseXml('<rss><a></b></rss>')).toThrow(/not a valid RSS\/Atom feed/);
    expect(parseXml('<?xml version="1.0"?>\n<rss a="&lt;1&#x41;&#66;"><t>x &amp; <![CDATA[<b>]]> y<!-- c --></t><e/></rss>\n<script/>')).toEqual({
      name: 'rss',
      attrs: new Map([['a', '<1AB']]),
      children: [{ name: 't', attrs: new Map(), children: ['x & <b> y'] }, { name: 'e', attrs: new Map(), children: [] }],
    });
  });
});
