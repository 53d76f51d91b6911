// The fast way to read a feed's HTML fragment as text: one streaming pass of htmlparser2, no tree. It reads
// only the markup whose text and line breaks come out exactly as the full HTML5 tree builder gives them
// (the common tags, well nested, plain comments); anything else — foster-parented table text, raw-text
// elements, foreign content, misnested end tags a tree builder would repair — answers undefined, and the
// caller reads it the slow, complete way. The two ways are compared on generated tag soup in the tests.
import { Parser } from 'htmlparser2';

/** Elements with a line break before and after them. */
export const BLOCK_TAGS = ['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'hr'];
const BLOCK = new Set(BLOCK_TAGS);
/** Elements whose content is dropped whole. */
export const DROPPED_TAGS = ['script', 'style', 'noscript', 'template'];
const DROPPED = new Set(DROPPED_TAGS);
/** script and style hold raw text: the tokenizer reads them to their end tag. */
const RAW_TEXT = new Set(['script', 'style']);
const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TABLE_SECTION = new Set(['tbody', 'thead', 'tfoot']);
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
/** What may open directly inside each table part (a tree builder moves anything else out of the table). */
const TABLE_CHILD: Record<string, ReadonlySet<string>> = {
  table: new Set(['tbody', 'thead', 'tfoot', 'tr']),
  tbody: new Set(['tr']),
  thead: new Set(['tr']),
  tfoot: new Set(['tr']),
  tr: new Set(['td', 'th']),
};
/** Starting one of these closes an open <p> (HTML5 "close a p element"). */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'details', 'div', 'figcaption', 'figure', 'footer', 'header', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'li', 'table', 'hr']);
/** HTML5's "special" elements among those read here: they stop the search for an open <li>. */
const SPECIAL = new Set([...CLOSES_P, 'br', 'img', 'wbr', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', ...DROPPED_TAGS]);
/** Elements that end the "button scope" in which an open <p> is looked for. */
const SCOPE_END = new Set(['table', 'td', 'th', 'template']);
const INLINE = ['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'img', 'wbr'];
const READABLE = new Set([...BLOCK_TAGS, ...DROPPED_TAGS, ...INLINE, ...CLOSES_P, 'table', 'tbody', 'thead', 'tfoot', 'td', 'th']);
const ASCII_SPACE = /^[\t\n\f\r ]*$/;
/** Deeper nesting is left to the tree builder: the searches below walk the open elements, and must stay short. */
const MAX_DEPTH = 128;
/** End tags that close an open <p> or <li> inside them the way htmlparser2 does ("generate implied end tags"). */
const ENDS_IMPLIED = new Set([...CLOSES_P, 'li'].filter((tag) => tag !== 'p' && tag !== 'table' && tag !== 'hr'));

/** Why the fast pass gives up: the caller reads the fragment the complete way. */
class Unreadable extends Error {}
const unreadable = new Unreadable();

/**
 * Checks the raw markup before parsing: every tag one of READABLE, comments plain, raw text free of
 * comment openers, nothing the tokenizers read differently. Returns the number of end tags, or -1.
 */
function endTagsIn(html: string): number {
  let ends = 0;
  let rawText = false;
  let comments = false;
  let started = false;
  let lower: string | undefined;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if (next === 33 /* ! */) {
      if (!html.startsWith('<!--', at) || html.startsWith('<!-->', at) || html.startsWith('<!--->', at)) return -1;
      const close = html.indexOf('-->', at + 4);
      if (close === -1 || html.slice(at + 4, close).includes('--!>')) return -1;
      comments = true;
      at = close + 2;
      continue;
    }
    const end = next === 47; /* / */
    const name = /^[A-Za-z][^\t\n\f\r />]*/.exec(html.slice(at + (end ? 2 : 1), at + 40));
    if (!name) {
      if (end || next === 63 /* ? */) return -1; // "</3" and "<?x" are bogus comments to one tokenizer, not the other
      continue;
    }
    const tag = name[0].toLowerCase();
    if (!READABLE.has(tag)) return -1;
    // "</img>" (as inline XHTML is written back) is ignored by both parsers; "</br>" is a <br> to both.
    if (end && VOID.has(tag) && tag !== 'br') continue;
    // Before the first start tag a fragment's parser ignores end tags (the "in template" mode); htmlparser2 does not.
    if (end && !started) return -1;
    if (end) ends++;
    else started = true;
    if (!end && RAW_TEXT.has(tag)) {
      // Raw text runs to its end tag; a comment opener inside it is read differently by the two tokenizers.
      const close = (lower ??= html.toLowerCase()).indexOf(`</${tag}`, at);
      if (close === -1 || html.slice(at, close).includes('<!--')) return -1;
      rawText = true;
      at = close - 1;
    }
  }
  return rawText && comments ? -1 : ends;
}

interface ReaderState {
  out: string;
  stack: string[];
  dropped: number;
  /** Elements closed implicitly since the last start tag, and whether one was other than a <p> or <li>: an end
   * tag then means the nesting is repaired, by htmlparser2 its own way. */
  implied: boolean;
  impliedOther: boolean;
  ends: number;
}

const state: ReaderState = { out: '', stack: [], dropped: 0, implied: false, impliedOther: false, ends: 0 };

/** Whether an open <p> is in button scope (searched from the innermost element out). */
function pInScope(stack: readonly string[]): boolean {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i] === 'p') return true;
    if (SCOPE_END.has(stack[i]!)) return false;
  }
  return false;
}

function open(name: string): void {
  const { stack } = state;
  const top = stack[stack.length - 1];
  state.implied = state.impliedOther = false;
  if (stack.length >= MAX_DEPTH || (state.dropped && DROPPED.has(name))) throw unreadable;
  if (top !== undefined && TABLE_PARTS.has(top) && !TABLE_CHILD[top]!.has(name)) throw unreadable;
  if ((name === 'td' || name === 'th') && top !== 'tr') throw unreadable;
  if (name === 'tr' && top !== 'table' && !(top !== undefined && TABLE_SECTION.has(top))) throw unreadable;
  if (TABLE_SECTION.has(name) && top !== 'table') throw unreadable;
  if (HEADING.has(name) && top !== undefined && HEADING.has(top)) throw unreadable;
  if (name === 'li') {
    // A tree builder closes an open <li> through inline elements; htmlparser2 only when it is innermost.
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i] === 'li') {
        if (i !== stack.length - 1) throw unreadable;
        break;
      }
      if (SPECIAL.has(stack[i]!) && stack[i] !== 'div' && stack[i] !== 'p' && stack[i] !== 'address') break;
    }
  }
  // Starting a block closes an open <p> there: a line break, whether or not htmlparser2 closes it too.
  if (CLOSES_P.has(name) && pInScope(stack) && !state.dropped) state.out += '\n';
  if (BLOCK.has(name) && !state.dropped) state.out += '\n';
  if (DROPPED.has(name)) state.dropped++;
  if (!VOID.has(name)) stack.push(name);
}

function close(name: string, isImplied: boolean): void {
  if (VOID.has(name)) {
    if (!isImplied) state.ends--; // "</br>": a <br>, as HTML5 reads it
    return;
  }
  if (isImplied) {
    state.implied = true;
    if (name !== 'p' && name !== 'li') state.impliedOther = true;
  } else {
    if (state.implied && (state.impliedOther || !ENDS_IMPLIED.has(name))) throw unreadable;
    state.ends--;
  }
  state.stack.pop();
  if (DROPPED.has(name)) state.dropped--;
  if (BLOCK.has(name) && !state.dropped) state.out += '\n';
}

function text(value: string): void {
  if (state.dropped) return;
  const top = state.stack[state.stack.length - 1];
  // Text directly in a table (not in a cell) is moved before it by a tree builder, unless it is only spaces.
  if (top !== undefined && TABLE_PARTS.has(top) && !ASCII_SPACE.test(value)) throw unreadable;
  state.out += value;
}

const newParser = () => new Parser({ onopentagname: open, onclosetag: close, ontext: text }, { decodeEntities: true });
/** One parser, reset per fragment; replaced after a pass given up midway (its tokenizer may be mid-tag). */
let parser = newParser();

/** The text of an HTML fragment with blocks as line breaks (before whitespace clean-up), or undefined when only the full parser reads it right. */
export function readHtmlText(html: string): string | undefined {
  if (html.includes('\0')) return undefined;
  const source = html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html;
  const ends = endTagsIn(source);
  if (ends < 0) return undefined;
  Object.assign(state, { out: '', stack: [], dropped: 0, implied: false, impliedOther: false, ends });
  try {
    parser.reset();
    parser.end(source);
  } catch (error) {
    parser = newParser();
    if (error === unreadable) return undefined;
    throw error;
  }
  // An end tag the parser ignored (no such element open) may close something in a tree builder.
  return state.ends === 0 ? state.out : undefined;
}
