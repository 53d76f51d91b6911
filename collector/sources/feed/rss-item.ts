// What RSS items and Atom entries share: their author among several elements feeds use for it, and
// their date among several candidates, the first one that can be believed.
import { preferredDate } from '../../pipeline/normalize-date.ts';
import type { RawItem } from '../kit/define-source.ts';
import { feedAuthorName } from './feed-author.ts';
import { childNamed, childText, textOf, type XmlElement } from './rss-xml.ts';

/** The entry's date: the first believable of the elements `candidates` names, in order of preference (ISO 8601). */
export const itemDate = (el: XmlElement, candidates: readonly string[]) => preferredDate(candidates.map((name) => childText(el, name)));

const hasElements = (el: XmlElement) => el.children.some((c) => typeof c !== 'string');

/** A person construct (Atom <author><name/><uri/></author>, or atom:author inside RSS); RSS's text <author> is none. */
function personOf(el: XmlElement | undefined, prefix: string): { name?: string; url?: string } {
  if (!el || !hasElements(el)) return {};
  // Atom 0.3 wrote <url>; 1.0 writes <uri>.
  return { name: feedAuthorName(childText(el, `${prefix}name`)), url: childText(el, `${prefix}uri`, `${prefix}url`) };
}

/** The name in a text element (dc:creator, RSS's <author> e-mail address with a name in brackets…). */
function nameIn(el: XmlElement, name: string): string | undefined {
  const child = childNamed(el, name);
  return child && !hasElements(child) ? feedAuthorName(textOf(child)) : undefined;
}

/**
 * The author of an item or entry: a person construct (Atom's author, atom:author in RSS), else the
 * first name among dc:creator, RSS author (an e-mail address is no name), dc:author, itunes:author.
 */
export function itemAuthor(el: XmlElement): RawItem['author'] {
  const atom = personOf(childNamed(el, 'author'), '');
  const ns = personOf(childNamed(el, 'atom:author'), 'atom:');
  const name = atom.name ?? ns.name ?? ['dc:creator', 'author', 'dc:author', 'itunes:author'].map((n) => nameIn(el, n)).find(Boolean);
  const url = atom.url ?? ns.url;
  return name || url ? { name, url } : undefined;
}

/** A language code ("es-ES", "en") as the two letters Vigía keeps. */
export const languageOf = (code: string | undefined) => (code && /^[a-z]{2}\b/i.test(code.trim()) ? code.trim().slice(0, 2).toLowerCase() : undefined);
