// Plain text from the HTML fragments feeds carry: blocks become line breaks, entities are decoded,
// nothing of the markup survives (the UI shows text, never HTML).
import { load } from 'cheerio';

const BLOCKS = 'p, div, br, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, hr';

export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  // Feeds that escape a CDATA section along with its markup leave "<![CDATA[…]]>" in the HTML: its inside is the markup.
  const $ = load(html.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'), null, false);
  $('script, style, noscript, template').remove();
  $(BLOCKS).each((_, el) => {
    $(el).before('\n');
    $(el).after('\n');
  });
  return $.root()
    .text()
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
