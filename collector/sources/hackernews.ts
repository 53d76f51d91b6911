// Hacker News through Algolia's search API (stories and comments by date), polled forward with a
// created_at_i filter and paged with the answer's page count.
import { z } from 'zod';
import { dateFromEpochSeconds } from '../pipeline/normalize-date.ts';
import { defineSource, type RawItem } from './kit/define-source.ts';
import { dateSeconds, dateText, getJson, validEntries } from './kit/json-api.ts';
import { readSourceOptions, withParams } from './kit/source-options.ts';

const HN = 'https://news.ycombinator.com';

const optionsSchema = z.object({
  /** Pages (of 100 hits) read per run while catching up. @default 3 */
  maxPages: z.number().int().min(1).max(10).default(3),
});

const hitSchema = z.object({
  objectID: z.string(),
  created_at: dateText,
  created_at_i: dateSeconds,
  author: z.string().nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  story_text: z.string().nullish(),
  comment_text: z.string().nullish(),
  story_title: z.string().nullish(),
  points: z.number().nullish(),
  _tags: z.array(z.string()).optional(),
});
type Hit = z.infer<typeof hitSchema>;
const answerSchema = z.object({ hits: z.array(z.unknown()), page: z.number().optional(), nbPages: z.number().optional() });

export function hackerNewsHitItem(hit: Hit): RawItem {
  const isComment = hit._tags?.includes('comment') ?? !!hit.comment_text;
  const author = hit.author || undefined;
  return {
    guid: hit.objectID,
    url: `${HN}/item?id=${hit.objectID}`,
    // A comment carries the title of its story: the context a reader needs.
    title: (isComment ? hit.story_title : hit.title) ?? undefined,
    // A link story has no text of its own; its link is the closest thing to one.
    content: (isComment ? hit.comment_text : hit.story_text) ?? hit.url ?? undefined,
    html: true,
    author: author ? { name: author, handle: author, url: `${HN}/user?id=${author}` } : undefined,
    publishedAt: hit.created_at ?? dateFromEpochSeconds(hit.created_at_i),
    platform: 'hackernews',
    kind: isComment ? 'comment' : 'post',
    reach: hit.points ?? undefined,
  };
}

export function parseHackerNewsAnswer(json: unknown): Hit[] {
  return validEntries(answerSchema.parse(json).hits, hitSchema);
}

/** The search URL with 100 hits a page and, with a cursor, only hits created since then. */
export function toHackerNewsUrl(raw: string, since?: string): URL {
  const url = withParams(raw, { hitsPerPage: 100 });
  const seconds = since ? Math.floor(Date.parse(since) / 1000) : NaN;
  if (Number.isFinite(seconds)) {
    const filters = [url.searchParams.get('numericFilters'), `created_at_i>=${seconds}`].filter(Boolean).join(',');
    url.searchParams.set('numericFilters', filters);
  }
  return url;
}

export default defineSource({
  id: 'hackernews',
  kind: 'social',
  name: 'Hacker News (Algolia search)',
  example: { id: 'acme-hn', kind: 'hackernews', url: 'https://hn.algolia.com/api/v1/search_by_date?query=acme&tags=(story,comment)', every: '15m' },
  needs: {},
  options: optionsSchema,
  claims: (url) => url.hostname === 'hn.algolia.com' && url.pathname.startsWith('/api/v1/search'),
  async fetch(ctx) {
    const options = readSourceOptions(ctx.config, optionsSchema);
    const base = toHackerNewsUrl(ctx.config.url, ctx.cursor.since);
    const hits: Hit[] = [];
    for (let page = 0; page < (ctx.cursor.since ? options.maxPages : 1); page++) {
      const { body } = await getJson(ctx, withParams(base, { page }, true), answerSchema, { conditional: false });
      if (!body) break;
      hits.push(...parseHackerNewsAnswer(body));
      if (page + 1 >= (body.nbPages ?? 0)) break;
    }
    // Only believable times move the cursor: one hit dated in the future would hide every later one.
    const newest = hits.map((h) => dateFromEpochSeconds(h.created_at_i)).filter((t): t is string => !!t).sort().pop();
    return { items: hits.map(hackerNewsHitItem), cursor: { since: newest ?? ctx.cursor.since } };
  },
});
