// A fast reader for the plain XML nearly every feed is: elements, quoted attributes, text with the five XML
// entities and character references, CDATA and comments. It builds the tree sax builds (rss-xml.ts) in about
// half the time sax takes reading a character at a time, and gives up — undefined, so sax reads the document
// and reports what is wrong — on anything else: a DOCTYPE, a processing instruction inside the document, an
// unknown entity, a bare '&' or '<', a mismatched or unclosed tag, a duplicate attribute, the size limits.
import type { XmlElement } from './rss-xml.ts';

/** Names as feeds write them (letters, digits, '_', '-', '.', one or more ':'); anything rarer goes to sax. */
const NAME = /[A-Za-z_][\w.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ATTRIBUTE_VALUE_DOUBLE = /"([^"<]*)"/y;
const ATTRIBUTE_VALUE_SINGLE = /'([^'<]*)'/y;
const DECIMAL = /^#[0-9]{1,7}$/;
const HEXADECIMAL = /^#x[0-9A-Fa-f]{1,6}$/;
const NAMED: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });
/** A character XML allows (as sax reads a reference: no NUL, no lone surrogate, nothing past U+10FFFF). */
const allowed = (code: number) => (code >= 0x20 && code <= 0xd7ff) || code === 0x9 || code === 0xa || code === 0xd || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

/** Text with its references decoded; undefined when it holds a '&' that is not one of them, or a reference to a character XML does not allow. */
function decode(raw: string): string | undefined {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp);
    if (semi < 0 || semi - amp > 9) return undefined;
    const ref = raw.slice(amp + 1, semi);
    let char = NAMED[ref];
    if (char === undefined) {
      const digits = DECIMAL.test(ref) ? Number(ref.slice(1)) : HEXADECIMAL.test(ref) ? parseInt(ref.slice(2), 16) : -1;
      if (!allowed(digits)) return undefined;
      char = String.fromCodePoint(digits);
    }
    out += raw.slice(from, amp) + char;
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

const append = (parent: XmlElement, text: string) => {
  if (!text) return;
  const last = parent.children.length - 1;
  if (typeof parent.children[last] === 'string') parent.children[last] += text;
  else parent.children.push(text);
};

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** The root element of `xml` read the fast way, or undefined when sax must read it. */
export function parseXmlFast(xml: string, limits: { depth: number; elements: number }, noAttributes = NO_ATTRIBUTES): XmlElement | undefined {
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let count = 0;
  const length = xml.length;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    const parent = stack.at(-1);
    const raw = xml.slice(at, lt < 0 ? length : lt);
    if (parent) {
      if (raw.includes(']]>')) return undefined;
      const text = decode(raw);
      if (text === undefined) return undefined;
      append(parent, text);
    } else if (/[^ \t\r\n]/.test(raw)) return undefined; // text outside the root: sax's error to give
    if (lt < 0) return undefined; // the root never closed
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        const comment = end < 0 ? '-' : xml.slice(lt + 4, end);
        if (comment.startsWith('-') || comment.endsWith('-') || comment.includes('--')) return undefined;
        at = end + 3;
      } else if (parent && xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return undefined;
        append(parent, xml.slice(lt + 9, end));
        at = end + 3;
      } else return undefined; // DOCTYPE and the like
    } else if (next === 0x3f /* ? */) {
      // Only the XML declaration, before everything.
      if (stack.length || count || !xml.startsWith('<?xml ', lt)) return undefined;
      const end = xml.indexOf('?>', lt);
      if (end < 0 || xml.slice(lt + 2, end).includes('<')) return undefined;
      at = end + 2;
    } else if (next === 0x2f /* / */) {
      if (!parent) return undefined;
      const close = `</${parent.name}`;
      if (!xml.startsWith(close, lt)) return undefined;
      SPACE.lastIndex = lt + close.length;
      SPACE.exec(xml);
      if (xml.charCodeAt(SPACE.lastIndex) !== 0x3e /* > */) return undefined;
      at = SPACE.lastIndex + 1;
      stack.pop();
      if (!stack.length) return parent; // what follows the root is no part of the feed
    } else {
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(xml)?.[0];
      if (!name) return undefined;
      let pos = NAME.lastIndex;
      let attrs: Map<string, string> | undefined;
      for (;;) {
        SPACE.lastIndex = pos;
        SPACE.exec(xml);
        const spaced = SPACE.lastIndex > pos;
        pos = SPACE.lastIndex;
        const c = xml.charCodeAt(pos);
        if (c === 0x3e /* > */ || (c === 0x2f /* / */ && xml.charCodeAt(pos + 1) === 0x3e)) break;
        NAME.lastIndex = pos;
        const attr = spaced ? NAME.exec(xml)?.[0] : undefined;
        if (!attr || attr === '__proto__' || attrs?.has(attr)) return undefined;
        SPACE.lastIndex = NAME.lastIndex;
        SPACE.exec(xml);
        if (xml.charCodeAt(SPACE.lastIndex) !== 0x3d /* = */) return undefined;
        SPACE.lastIndex += 1;
        SPACE.exec(xml);
        const quote = xml.charCodeAt(SPACE.lastIndex);
        const pattern = quote === 0x22 ? ATTRIBUTE_VALUE_DOUBLE : quote === 0x27 ? ATTRIBUTE_VALUE_SINGLE : undefined;
        if (!pattern) return undefined;
        pattern.lastIndex = SPACE.lastIndex;
        const value = pattern.exec(xml)?.[1];
        const decoded = value === undefined ? undefined : decode(value);
        if (decoded === undefined) return undefined;
        (attrs ??= new Map()).set(attr, decoded);
        pos = pattern.lastIndex;
      }
      if (stack.length >= limits.depth || ++count > limits.elements) return undefined;
      const element: XmlElement = { name, attrs: attrs ?? noAttributes, children: [] };
      parent?.children.push(element);
      const selfClosing = xml.charCodeAt(pos) === 0x2f;
      at = pos + (selfClosing ? 2 : 1);
      if (selfClosing) {
        if (!parent) return element;
      } else stack.push(element);
    }
  }
  return undefined;
}
