// Reddit listings as JSON (search, subreddit new/comments, user submissions): posts and comments with
// their author, score as reach and creation time. Reddit's RSS feeds stay with the "rss" kind.
import { z } from 'zod';
import { dateFromEpochSeconds } from '../pipeline/normalize-date.ts';
import { defineSource, type RawItem } from './kit/define-source.ts';
import { dateSeconds, getJson, readJson, validEntries } from './kit/json-api.ts';
import { withParams } from './kit/source-options.ts';

const REDDIT = 'https://www.reddit.com';

const listingSchema = z.object({
  kind: z.literal('Listing'),
  data: z.object({ after: z.string().nullish(), children: z.array(z.object({ kind: z.string(), data: z.unknown() })) }),
});
/** A listing, or the [post, comments] pair a comments page answers. */
const answerSchema = z.union([listingSchema, z.array(listingSchema)]);

const thingSchema = z.object({
  id: z.string(),
  name: z.string(),
  author: z.string().nullish(),
  subreddit: z.string().nullish(),
  created_utc: dateSeconds,
  score: z.number().nullish(),
  permalink: z.string().nullish(),
  /** Posts (t3). */
  title: z.string().nullish(),
  selftext: z.string().nullish(),
  /** Comments (t1). */
  body: z.string().nullish(),
  link_id: z.string().nullish(),
  link_title: z.string().nullish(),
});
type Thing = z.infer<typeof thingSchema>;

const realAuthor = (name: string | null | undefined) => (name && name !== '[deleted]' ? name : undefined);

/** Comments in old answers carry no permalink: rebuild it from the subreddit and the post id. */
function permalinkOf(thing: Thing): string | undefined {
  if (thing.permalink) return `${REDDIT}${thing.permalink}`;
  const post = thing.link_id?.replace(/^t3_/, '');
  return thing.subreddit && post ? `${REDDIT}/r/${thing.subreddit}/comments/${post}/_/${thing.id}/` : undefined;
}

function toRawItem(kind: string, thing: Thing): RawItem {
  const author = realAuthor(thing.author);
  const isComment = kind === 't1';
  return {
    guid: thing.name,
    url: permalinkOf(thing),
    title: (isComment ? thing.link_title : thing.title) ?? undefined,
    content: (isComment ? thing.body : thing.selftext) || undefined,
    author: author ? { name: `u/${author}`, handle: author, url: `${REDDIT}/user/${author}` } : undefined,
    publishedAt: dateFromEpochSeconds(thing.created_utc),
    platform: 'reddit',
    kind: isComment ? 'comment' : 'post',
    reach: thing.score === null || thing.score === undefined ? undefined : Math.max(0, thing.score),
  };
}

/** Posts (t3) and comments (t1) of a Reddit listing answer; "more" stubs and other kinds are skipped. */
export function parseRedditListing(json: unknown): RawItem[] {
  const answer = readJson('reddit', json, answerSchema);
  const listings = Array.isArray(answer) ? answer : [answer];
  return listings.flatMap((listing) =>
    listing.data.children
      .filter((child) => child.kind === 't1' || child.kind === 't3')
      .flatMap((child) => validEntries([child.data], thingSchema).map((thing) => toRawItem(child.kind, thing))),
  );
}

/** The JSON form of a Reddit page URL: ".json" appended to the path, raw_json=1, 100 per page. */
export function toRedditApiUrl(raw: string): URL {
  const url = new URL(raw);
  if (!url.pathname.endsWith('.json')) url.pathname = `${url.pathname.replace(/\/+$/, '') || ''}.json`;
  return withParams(url, { raw_json: 1, limit: 100 });
}

const isRedditHost = (url: URL) => /(^|\.)reddit\.com$/.test(url.hostname);

export default defineSource({
  id: 'reddit',
  kind: 'social',
  name: 'Reddit (search and listings, JSON)',
  example: { id: 'acme-reddit', kind: 'reddit', url: 'https://www.reddit.com/search.json?q=acme&sort=new', every: '10m' },
  needs: {},
  claims: (url) => isRedditHost(url) && !/\.(rss|xml)$/.test(url.pathname) && /^\/(search|r\/|user\/|u\/|new|comments)/.test(url.pathname),
  // No `before=` cursor: Reddit answers nothing forever once that post is deleted, so every run reads
  // the newest page and the pipeline drops the posts already stored.
  async fetch(ctx) {
    const answer = await getJson(ctx, toRedditApiUrl(ctx.config.url), answerSchema);
    if (!answer.body) return { items: [], cursor: answer.validators, notModified: true };
    return { items: parseRedditListing(answer.body), cursor: answer.validators };
  },
});
