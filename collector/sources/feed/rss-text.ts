// Titles and contents as feeds write them, read into a value and whether that value is HTML:
// Atom 1.0 text constructs (type text | html | xhtml, RFC 4287 §3.1) and content of other MIME types
// (base64 when not text or XML, §4.1.3.3), Atom 0.3 (type is a MIME type, mode xml | escaped | base64),
// and RSS, whose titles carry no type and are read as HTML only when they look like it.
import { childrenAsHtml, localName, textOf, type XmlElement } from './rss-xml.ts';

/** A title or body: `html` says whether `value` is markup to be read as text, or text as it stands. */
export interface FeedText {
  value: string;
  html: boolean;
}

/** HTML elements a title or plain-looking text may carry (feedparser's test for "looks like HTML"). */
const HTML_TAGS = 'a|abbr|b|big|blockquote|br|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|td|th|tr|tt|u|ul';
const CLOSING_TAG = new RegExp(`</(${HTML_TAGS})\\s*>`, 'i');
const VOID_TAG = /<(br|hr|img|wbr)\b[^<>]*\/?>/i;
const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/** Whether text with no declared type is HTML: a known element closed, a line break or image tag, or an entity. */
export const looksLikeHtml = (text: string) => CLOSING_TAG.test(text) || VOID_TAG.test(text) || ENTITY.test(text);

const hasElements = (el: XmlElement) => el.children.some((c) => typeof c !== 'string');

/** The markup inside an xhtml construct: the inner content of its wrapping <div>, else all of it. */
function xhtmlOf(el: XmlElement): string {
  const elements = el.children.filter((c): c is XmlElement => typeof c !== 'string');
  const onlyDiv = elements.length === 1 && localName(elements[0]!.name) === 'div' && el.children.every((c) => typeof c !== 'string' || !c.trim());
  return childrenAsHtml(onlyDiv ? elements[0]! : el);
}

/** Base64 text decoded as UTF-8; undefined when it is not base64 or not text (binary stays out). */
function fromBase64(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (!compact || !/^[A-Za-z\d+/]+={0,2}$/.test(compact)) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/** How a declared type reads: as text, as escaped HTML, as inline (X)HTML markup, or as base64. */
type Reading = 'text' | 'html' | 'xhtml' | 'base64';

function readingOf(type: string, atom03: boolean): Reading {
  if (type === 'text' || type === 'text/plain') return 'text';
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml' || /[/+]xml$/.test(type)) return 'xhtml';
  if (type.startsWith('text/')) return 'text';
  // Atom 1.0 base64-encodes every other type; Atom 0.3 says so with mode="base64" instead.
  return atom03 ? 'text' : 'base64';
}

/** Whether base64-decoded content is HTML: as its type says, guessed for types that say nothing (octet-stream). */
function decodedIsHtml(type: string, decoded: string): boolean {
  const reading = readingOf(type, true);
  if (reading === 'html' || reading === 'xhtml') return true;
  return type === 'text' || type.startsWith('text/') ? false : looksLikeHtml(decoded);
}

/** An Atom (1.0 or 0.3) title, summary or content; undefined when it holds nothing (or only a src=). */
export function atomText(el: XmlElement, atom03: boolean): FeedText | undefined {
  // A MIME type's parameters ("text/html; charset=utf-8") say nothing about how to read it.
  const type = (el.attrs.get('type') ?? '').split(';')[0]!.trim().toLowerCase() || 'text';
  const mode = (el.attrs.get('mode') ?? '').trim().toLowerCase();
  let reading = readingOf(type, atom03);
  if (mode === 'base64') reading = 'base64';
  // Atom 0.3 inline markup (mode="xml", its default) is markup whatever the type says.
  else if (atom03 && mode !== 'escaped' && reading === 'text' && hasElements(el)) reading = 'xhtml';
  // mode="escaped" exists to carry escaped markup; feeds (even Atom 1.0 ones) write it without saying text/html.
  else if (mode === 'escaped' && reading === 'text' && !el.attrs.get('type') && looksLikeHtml(textOf(el))) reading = 'html';
  const decoded = reading === 'base64' ? fromBase64(textOf(el)) : undefined;
  const result: FeedText =
    reading === 'xhtml' ? { value: xhtmlOf(el), html: true }
    : reading === 'base64' ? { value: decoded ?? '', html: decoded !== undefined && decodedIsHtml(type, decoded) }
    : { value: textOf(el), html: reading === 'html' };
  return result.value.trim() ? result : undefined;
}

/** An RSS (0.9x, 1.0, 2.0) title: HTML when it has markup inside or looks like escaped HTML. */
export function rssTitle(el: XmlElement): FeedText | undefined {
  if (hasElements(el)) return { value: childrenAsHtml(el), html: true };
  const value = textOf(el);
  return value.trim() ? { value, html: looksLikeHtml(value) } : undefined;
}

/** An RSS description or content:encoded: HTML by custom (escaped, CDATA, or naked markup inside). */
export function rssBody(el: XmlElement): FeedText | undefined {
  const value = hasElements(el) ? childrenAsHtml(el) : textOf(el);
  return value.trim() ? { value, html: true } : undefined;
}
