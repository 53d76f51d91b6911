// Atom 1.0 (RFC 4287) and Atom 0.3 entries as raw items: id, the alternate link, title and content in
// whichever text form the entry uses, author, and the first believable of its dates.
import type { RawItem } from '../kit/define-source.ts';
import { itemAuthor, itemDate, languageOf } from './rss-item.ts';
import { atomText, type FeedText } from './rss-text.ts';
import { childNamed, childrenNamed, childText, entryElements, type XmlElement } from './rss-xml.ts';

/** Entry dates in order of preference: when it was published, else when it last changed. */
const DATES = ['published', 'issued', 'created', 'updated', 'modified', 'atom:published', 'atom:updated'];

/** The entry's link to itself: rel="alternate", else a link with no rel (which means alternate), else the first link. */
function alternateLink(entry: XmlElement): string | undefined {
  const links = childrenNamed(entry, 'link').filter((l) => l.attrs.get('href')?.trim());
  const rel = (l: XmlElement) => l.attrs.get('rel')?.trim();
  const alternate = links.find((l) => rel(l) === 'alternate') ?? links.find((l) => !rel(l)) ?? links[0];
  return alternate?.attrs.get('href')?.trim();
}

/** Content given inline; content with src= lives elsewhere, so the summary speaks for it. */
function bodyOf(entry: XmlElement, atom03: boolean): FeedText | undefined {
  const content = childNamed(entry, 'content');
  const inline = content && !content.attrs.get('src') ? atomText(content, atom03) : undefined;
  const summary = childNamed(entry, 'summary');
  return inline ?? (summary ? atomText(summary, atom03) : undefined);
}

/** The entries of an Atom <feed> document. */
export function atomItems(feed: XmlElement): { items: RawItem[]; language?: string } {
  const atom03 = feed.attrs.get('version')?.trim() === '0.3' || feed.attrs.get('xmlns') === 'http://purl.org/atom/ns#';
  const language = languageOf(feed.attrs.get('xml:lang'));
  const items = entryElements(feed).map((entry): RawItem => {
    const titleEl = childNamed(entry, 'title');
    const title = titleEl ? atomText(titleEl, atom03) : undefined;
    const body = bodyOf(entry, atom03);
    return {
      guid: childText(entry, 'id'),
      url: alternateLink(entry),
      title: title?.value.trim(),
      titleHtml: title?.html || undefined,
      content: body?.value,
      html: body ? body.html : undefined,
      author: itemAuthor(entry),
      publishedAt: itemDate(entry, DATES),
      lang: languageOf(entry.attrs.get('xml:lang')) ?? language,
    };
  });
  return { items, language };
}
