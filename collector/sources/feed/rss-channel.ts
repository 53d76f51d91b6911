// RSS 2.0, RSS 0.9x and RSS 1.0 / 0.90 (RDF) items as raw items: guid, link, title (HTML only when it
// looks like HTML), description or content:encoded, author, and the first believable of its dates.
import type { RawItem } from '../kit/define-source.ts';
import { itemAuthor, itemDate, languageOf } from './rss-item.ts';
import { rssBody, rssTitle } from './rss-text.ts';
import { childNamed, childText, entryElements, localName, type XmlElement } from './rss-xml.ts';

/** Item dates in order of preference (Dublin Core and Atom elements stand in where pubDate is missing or bad). */
const DATES = ['pubDate', 'dc:date', 'atom:published', 'dcterms:issued', 'issued', 'dcterms:created', 'atom:updated', 'dcterms:modified', 'modified'];

/** An item's link: the first <link>'s text (RSS 2.0 has one), or its href where a feed wrote it Atom-style. */
function linkOf(item: XmlElement): string | undefined {
  const link = childNamed(item, 'link');
  return (link && (childText(item, 'link') ?? link.attrs.get('href')?.trim())) || undefined;
}

function rssItem(item: XmlElement, language: string | undefined): RawItem {
  const titleEl = childNamed(item, 'title', 'dc:title');
  const title = titleEl ? rssTitle(titleEl) : undefined;
  const bodyEl = ['description', 'content:encoded', 'summary'].map((n) => childNamed(item, n)).find((el) => el && rssBody(el));
  const body = bodyEl ? rssBody(bodyEl) : undefined;
  return {
    guid: childText(item, 'guid'),
    url: linkOf(item),
    title: title?.value.trim(),
    titleHtml: title?.html || undefined,
    content: body?.value,
    html: body ? true : undefined,
    author: itemAuthor(item),
    publishedAt: itemDate(item, DATES),
    lang: language,
  };
}

/** The items of an <rss> document (in its channel; RSS 0.9x feeds sometimes put them beside it). */
export function rssItems(rss: XmlElement): { items: RawItem[]; language?: string } {
  const channel = childNamed(rss, 'channel');
  const language = languageOf(channel && childText(channel, 'language', 'dc:language'));
  return { items: entryElements(rss).map((item) => rssItem(item, language)), language };
}

/** The items of an RSS 1.0 or 0.90 <rdf:RDF> document: items are siblings of the channel. */
export function rdfItems(rdf: XmlElement): { items: RawItem[]; language?: string } {
  const channel = rdf.children.find((c): c is XmlElement => typeof c !== 'string' && localName(c.name) === 'channel');
  const language = languageOf(channel && childText(channel, 'dc:language', 'language'));
  return { items: entryElements(rdf).map((item) => rssItem(item, language)), language };
}
