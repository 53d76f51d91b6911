// The streaming reader must give the tree builder's text, line breaks and all, wherever it reads a fragment
// itself: on generated tag soup (misnesting, tables, comments, entities, raw text) and on every HTML body
// and title of the real feeds in the evaluation data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../http/decode-body.ts';
import { parseFeed } from '../sources/rss.ts';
import { corpusFiles } from '../sources/testing/feed-corpus.ts';
import { recordedDir } from '../sources/testing/recorded-data.ts';
import { htmlToText, htmlToTextByTree } from './html-to-text.ts';
import { readHtmlText } from './html-text-reader.ts';

const TAGS = ['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'blockquote', 'pre', 'hr', 'a', 'b', 'i', 'em', 'strong', 'span', 'code', 'img', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'script', 'style', 'noscript', 'template', 'section', 'figure', 'figcaption', 'details', 'summary', 'center', 'font', 'u', 'wbr', 'nav', 'textarea', 'title', 'svg', 'dl', 'dd', 'q'];
const TEXTS = ['a', 'b c', ' ', '\n', '\t', '&amp;', '&lt;b&gt;', '&nbsp;', '&#32;', '&#150;', '&copy', '&notit;', 'AT&T', '<3', '1 < 2', 'x>y', 'é', '\u00a0', ' \r\n ', '&#x1F600;', '&', '&bogus;'];

/** Random nested fragments from a fixed seed: the same soup on every run. */
function tagSoup(count: number, seed: number): string[] {
  let state = seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const fragment = (depth: number): string => {
    let out = '';
    for (let n = 1 + Math.floor(random() * 5); n > 0; n--) {
      const roll = random();
      if (roll < 0.35) out += pick(TEXTS);
      else if (roll < 0.4) out += `<!-- ${pick(TEXTS)} -->`;
      else if (roll < 0.45) out += `</${pick(TAGS)}>`;
      else {
        const tag = pick(TAGS);
        out += `<${random() < 0.05 ? tag.toUpperCase() : tag}${random() < 0.3 ? ` title='${pick(['x', '>', '<b>'])}'` : ''}${random() < 0.05 ? '/' : ''}>`;
        if (depth < 4 && random() < 0.7) out += fragment(depth + 1);
        if (random() < 0.85) out += `</${tag}>`;
      }
    }
    return out;
  };
  return Array.from({ length: count }, () => fragment(0));
}

describe('htmlToText, streaming', () => {
  it('reads generated tag soup exactly as the HTML5 tree builder does, or leaves it to it', () => {
    const soup = tagSoup(4000, 18);
    const read = soup.filter((html) => readHtmlText(html) !== undefined);
    expect(read.length).toBeGreaterThan(800);
    expect(read.filter((html) => htmlToText(html) !== htmlToTextByTree(html))).toEqual([]);
  });

  it('leaves misnested and foster-parented markup to the tree builder', () => {
    for (const html of ['<b>1<p>2</b>3</p>', '<table>x<tr><td>y</td></tr></table>', '<li><div>a<li>b</li>c</div>d', '<h1>a<h2>b</h2>c</h1>d', '</p>a']) {
      expect(readHtmlText(html), html).toBeUndefined();
    }
    expect(htmlToText('<b>1<p>2</b>3</p>')).toBe('1\n23');
    expect(htmlToText('<table>x<tr><td>y</td></tr></table>')).toBe('x\ny');
  });

  it("reads Reddit's self and link posts in one pass", () => {
    const self = '<!-- SC_OFF --><div class="md"><p>El router falla</p></div><!-- SC_ON --> &#32; submitted by &#32; <a href="https://www.reddit.com/user/a"> /u/a </a> <br/> <span><a href="#">[link]</a></span>';
    const link = '<table> <tr><td> <a href="#"><img src="t.jpg" alt="x" title="x" /></a> </td><td> &#32; submitted by &#32; <a href="#"> /u/b </a> <br/> <span><a href="#">[link]</a></span></td></tr></table>';
    for (const html of [self, link]) {
      expect(readHtmlText(html)).toBeDefined();
      expect(htmlToText(html)).toBe(htmlToTextByTree(html));
    }
    expect(htmlToText(self)).toBe('El router falla\nsubmitted by /u/a\n[link]');
  });
});

const feeds = recordedDir('feeds');

describe.skipIf(!feeds)('htmlToText on real feeds', () => {
  it("gives the tree builder's text for every HTML body and title, most of them in one pass", async () => {
    const fragments: string[] = [];
    for (const path of corpusFiles(feeds!)) {
      const items = await parseFeed(decodeBody(readFileSync(join(feeds!, path)))).then((feed) => feed.items, () => []);
      for (const item of items) {
        if (item.content && item.html) fragments.push(item.content);
        if (item.title && item.titleHtml) fragments.push(item.title);
      }
    }
    const html = fragments.filter((f) => /[<&]/.test(f));
    expect(html.length).toBeGreaterThan(300);
    expect(html.filter((f) => htmlToText(f) !== htmlToTextByTree(f))).toEqual([]);
    expect(html.filter((f) => readHtmlText(f) !== undefined).length / html.length).toBeGreaterThan(0.9);
  }, 60_000);
});
