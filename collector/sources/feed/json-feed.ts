// JSON Feed 1.0 / 1.1 (jsonfeed.org): read into the same raw items as RSS and Atom, so a site that
// publishes only feed.json is a feed like any other.
import { z } from 'zod';
import { ParseError } from '../../errors.ts';
import type { RawItem } from '../kit/define-source.ts';
import { preferredDate } from '../../pipeline/normalize-date.ts';
import { validEntries } from '../kit/json-api.ts';

const authorSchema = z.object({ name: z.string().optional(), url: z.string().optional() }).loose();
const itemSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  url: z.string().optional(),
  external_url: z.string().optional(),
  title: z.string().optional(),
  content_html: z.string().optional(),
  content_text: z.string().optional(),
  summary: z.string().optional(),
  /** Dates are read leniently: a bad one costs the item its date, never the item. */
  date_published: z.unknown().optional(),
  date_modified: z.unknown().optional(),
  /** 1.0 has one author, 1.1 a list. */
  author: authorSchema.optional(),
  authors: z.array(authorSchema).optional(),
  language: z.string().optional(),
});
const feedSchema = z.object({ version: z.string(), items: z.array(z.unknown()), language: z.string().optional(), author: authorSchema.optional(), authors: z.array(authorSchema).optional() });

/** True when `text` looks like a JSON document rather than XML. */
export const looksLikeJson = (text: string) => /^\s*[{[]/.test(text);

export function parseJsonFeed(text: string): { items: RawItem[]; language?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`not a valid RSS/Atom feed, nor JSON: ${(error as Error).message}`);
  }
  const feed = feedSchema.safeParse(json);
  if (!feed.success || !/jsonfeed\.org\/version\/1|^1(\.\d)?$/.test(feed.data.version)) throw new ParseError('a JSON document, but not a JSON Feed (no "version" and "items")');
  const language = feed.data.language?.slice(0, 2).toLowerCase();
  const feedAuthor = feed.data.authors?.[0] ?? feed.data.author;
  const items = validEntries(feed.data.items, itemSchema).map((item): RawItem => {
    const author = item.authors?.[0] ?? item.author ?? feedAuthor;
    const html = item.content_html ?? undefined;
    return {
      guid: item.id === undefined ? undefined : String(item.id),
      url: item.url ?? item.external_url,
      title: item.title?.trim() || undefined,
      content: html ?? item.content_text ?? item.summary,
      html: html !== undefined,
      author: author?.name || author?.url ? { name: author.name, url: author.url } : undefined,
      publishedAt: preferredDate([item.date_published, item.date_modified].map((d) => (typeof d === 'string' ? d : undefined))),
      lang: item.language?.slice(0, 2).toLowerCase() ?? language,
    };
  });
  return { items, language };
}
