// Feed documents as a small ordered XML tree, read with a fresh strict sax parser per document: nothing
// a document declares or names (entities, an element called __proto__) outlives it or reaches a
// prototype, and mixed content keeps its order (an xhtml title is text and markup interleaved).
import { createRequire } from 'node:module';
import { ParseError } from '../../errors.ts';
import { parseXmlFast } from './xml-fast.ts';

/** The part of sax's parser this reader uses (sax ships no type declarations). */
interface SaxParser {
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
  onclosetag: (name: string) => void;
  ontext: (text: string) => void;
  oncdata: (text: string) => void;
  onerror: (error: Error) => void;
  write(xml: string): SaxParser;
  close(): SaxParser;
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean, options: Record<string, boolean>): SaxParser };

/** One element: its qualified name as written ("atom:link"), attributes, and children in order. */
export interface XmlElement {
  name: string;
  attrs: ReadonlyMap<string, string>;
  children: XmlNode[];
}
/** A child is an element or a run of text (entities decoded, CDATA as written). */
export type XmlNode = XmlElement | string;

/** Nesting no real feed reaches; deeper documents are refused before anything walks them. */
const MAX_DEPTH = 256;
const MAX_ELEMENTS = 1_000_000;

/** Thrown from a handler to stop reading once the root element is complete. */
const ROOT_CLOSED = Symbol('root closed');

/** Most feed elements carry no attribute: they share one empty map (an element's attributes are read-only). */
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

function attributesOf(attributes: Record<string, string>): ReadonlyMap<string, string> {
  let attrs: Map<string, string> | undefined;
  for (const name in attributes) {
    if (!Object.hasOwn(attributes, name)) continue;
    const value = attributes[name];
    if (typeof value === 'string') (attrs ??= new Map()).set(name, value);
  }
  return attrs ?? NO_ATTRIBUTES;
}

/** The root element of `xml`; throws ParseError when it is not well-formed XML. */
export function parseXml(xml: string): XmlElement {
  // Plain documents (nearly every feed) are read the fast way into the same tree; sax reads the rest.
  return parseXmlFast(xml, { depth: MAX_DEPTH, elements: MAX_ELEMENTS }, NO_ATTRIBUTES) ?? parseWithSax(xml);
}

/** The root element of `xml` read by a strict sax parser; throws ParseError when it is not well-formed XML. */
export function parseWithSax(xml: string): XmlElement {
  const parser = sax.parser(true, { trim: false, normalize: false, xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  parser.onopentag = (tag) => {
    if (stack.length >= MAX_DEPTH) throw new ParseError(`not a valid RSS/Atom feed: elements nested deeper than ${MAX_DEPTH}`);
    if (++count > MAX_ELEMENTS) throw new ParseError(`not a valid RSS/Atom feed: more than ${MAX_ELEMENTS} elements`);
    const attrs = attributesOf(tag.attributes);
    const element: XmlElement = { name: tag.name, attrs, children: [] };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => {
    const element = stack.pop();
    if (stack.length) return;
    root = element;
    // What follows the root (a host's appended script or banner) is no part of the feed.
    throw ROOT_CLOSED;
  };
  parser.ontext = parser.oncdata = (text) => {
    const parent = stack.at(-1);
    if (!parent) return;
    const last = parent.children.length - 1;
    if (typeof parent.children[last] === 'string') parent.children[last] += text;
    else parent.children.push(text);
  };
  parser.onerror = (error) => {
    throw new ParseError(`not a valid RSS/Atom feed: ${error.message.split('\n')[0]}`);
  };
  try {
    parser.write(xml.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    if (error !== ROOT_CLOSED) throw error instanceof ParseError ? error : new ParseError(`not a valid RSS/Atom feed: ${(error as Error).message}`, { cause: error });
  }
  if (!root) throw new ParseError('not a valid RSS/Atom feed: no root element');
  return root;
}

/** The part of a qualified name after its prefix: "atom:link" → "link". */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The item or entry elements of a feed document (Atom entries, RSS items in or beside the channel, RDF items), in order. */
export function entryElements(root: XmlElement): XmlElement[] {
  const name = localName(root.name);
  if (name === 'feed') return childrenNamed(root, 'entry');
  if (name === 'RDF') return root.children.filter((c): c is XmlElement => typeof c !== 'string' && localName(c.name) === 'item');
  const channel = childNamed(root, 'channel');
  return [...(channel ? childrenNamed(channel, 'item') : []), ...childrenNamed(root, 'item')];
}

/** Child elements named one of `names` (qualified names as written), in document order. */
export function childrenNamed(el: XmlElement, ...names: string[]): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && names.includes(c.name));
}

/** The first child element named one of `names`, preferring earlier names over later ones. */
export function childNamed(el: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
    if (found) return found;
  }
  return undefined;
}

/** All text inside `el`, markup dropped (what a reader sees of an element). */
export function textOf(el: XmlElement): string {
  let out = '';
  const pending: XmlNode[] = [...el.children].reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return out;
}

/** Trimmed text of the first child named one of `names`, undefined when missing or blank. */
export function childText(el: XmlElement, ...names: string[]): string | undefined {
  const child = childNamed(el, ...names);
  return (child && textOf(child).trim()) || undefined;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The children of `el` written back as HTML (prefixes dropped: <xhtml:b> is <b>), for inline markup. */
export function childrenAsHtml(el: XmlElement): string {
  let out = '';
  // Iterative, so markup nested to MAX_DEPTH cannot exhaust the stack.
  const pending: (XmlNode | { close: string })[] = [...el.children].reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (typeof node === 'string') out += escapeHtml(node);
    else if ('close' in node) out += node.close;
    else {
      const name = localName(node.name);
      const attrs = [...node.attrs].filter(([k]) => !/^xmlns(:|$)/.test(k)).map(([k, v]) => ` ${localName(k)}="${escapeHtml(v).replace(/"/g, '&quot;')}"`);
      out += `<${name}${attrs.join('')}>`;
      pending.push({ close: `</${name}>` });
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    }
  }
  return out;
}
