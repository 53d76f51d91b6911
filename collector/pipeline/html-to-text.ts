// Plain text from the HTML fragments feeds carry: blocks become line breaks, entities are decoded,
// nothing of the markup survives (the UI shows text, never HTML). Most fragments are read in one streaming
// pass (html-text-reader.ts); the few it cannot read exactly go through the full HTML5 tree builder.
import { load } from 'cheerio';
import { BLOCK_TAGS, DROPPED_TAGS, readHtmlText } from './html-text-reader.ts';

const BLOCKS = BLOCK_TAGS.join(', ');
const DROPPED = DROPPED_TAGS.join(', ');

/** The fragment's text as the HTML5 tree builder reads it (line breaks around blocks, before clean-up). */
export function treeText(html: string): string {
  const $ = load(html, null, false);
  $(DROPPED).remove();
  $(BLOCKS).each((_, el) => {
    $(el).before('\n');
    $(el).after('\n');
  });
  return $.root().text();
}

const tidy = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();

function text(html: string, read: (markup: string) => string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  // Feeds that escape a CDATA section along with its markup leave "<![CDATA[…]]>" in the HTML: its inside is the markup.
  return tidy(read(html.includes('<![CDATA[') ? html.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1') : html));
}

export const htmlToText = (html: string): string => text(html, (markup) => readHtmlText(markup) ?? treeText(markup));

/** htmlToText through the tree builder alone: the reference the streaming pass is held to. */
export const htmlToTextByTree = (html: string): string => text(html, treeText);
