// X (Twitter) API v2 recent search with the user's own bearer token (read from the environment variable
// the config names), authors expanded for handle and follower count, polled forward with since_id.
import { z } from 'zod';
import { FetchError } from '../errors.ts';
import { defineSource, type RawItem } from './kit/define-source.ts';
import { envNameSchema, tokenFromEnv } from './kit/env-token.ts';
import { dateText, getJson, validEntries } from './kit/json-api.ts';
import { readSourceOptions, withParams } from './kit/source-options.ts';

const optionsSchema = z.object({
  /** Environment variable holding the bearer token. @default "X_BEARER_TOKEN" */
  bearerTokenEnv: envNameSchema.default('X_BEARER_TOKEN'),
  /** Pages (of 100 posts) read per run while catching up. @default 3 */
  maxPages: z.number().int().min(1).max(10).default(3),
});

const tweetSchema = z.object({
  id: z.string(),
  text: z.string(),
  author_id: z.string().optional(),
  created_at: dateText,
  lang: z.string().optional(),
  note_tweet: z.object({ text: z.string() }).optional(),
});
const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().optional(),
  public_metrics: z.object({ followers_count: z.number() }).partial().optional(),
});
const answerSchema = z.object({
  data: z.array(z.unknown()).optional(),
  includes: z.object({ users: z.array(z.unknown()).optional() }).optional(),
  meta: z.object({ newest_id: z.string().optional(), next_token: z.string().optional(), result_count: z.number().optional() }).optional(),
  errors: z.array(z.object({ title: z.string().optional(), detail: z.string().optional() }).loose()).optional(),
});
type Answer = z.infer<typeof answerSchema>;

/** X escapes only &, < and > in post text; undo exactly that (the text is not HTML). */
const unescapeText = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Posts of one search answer, each with its author from `includes.users`. */
export function parseXAnswer(json: unknown): RawItem[] {
  const answer = answerSchema.parse(json);
  const users = new Map(validEntries(answer.includes?.users ?? [], userSchema).map((u) => [u.id, u]));
  return validEntries(answer.data ?? [], tweetSchema).map((tweet): RawItem => {
    const user = tweet.author_id ? users.get(tweet.author_id) : undefined;
    return {
      guid: tweet.id,
      url: user ? `https://x.com/${user.username}/status/${tweet.id}` : `https://x.com/i/web/status/${tweet.id}`,
      content: unescapeText(tweet.note_tweet?.text ?? tweet.text),
      author: user ? { name: user.name, handle: user.username, url: `https://x.com/${user.username}` } : undefined,
      publishedAt: tweet.created_at,
      platform: 'x',
      kind: 'post',
      // "und", "qme", "zxx"… are X's own codes for undetermined or non-linguistic text.
      lang: tweet.lang && /^[a-z]{2}$/.test(tweet.lang) ? tweet.lang : undefined,
      reach: user?.public_metrics?.followers_count,
    };
  });
}

/** The search URL with the fields Vigía reads, 100 posts per page. */
export function toXSearchUrl(raw: string): URL {
  return withParams(raw, {
    max_results: 100,
    'tweet.fields': 'created_at,lang,author_id,note_tweet',
    expansions: 'author_id',
    'user.fields': 'username,name,public_metrics',
  });
}

function failIfOnlyErrors(answer: Answer): void {
  if (answer.data || !answer.errors?.length) return;
  const first = answer.errors[0];
  throw new FetchError(`X API: ${first?.title ?? 'error'}${first?.detail ? `: ${first.detail}` : ''}`);
}

export default defineSource({
  id: 'x',
  kind: 'social',
  name: 'X (API v2 recent search, your bearer token)',
  example: { id: 'acme-x', kind: 'x', url: 'https://api.x.com/2/tweets/search/recent?query=acme%20-is%3Aretweet', bearerTokenEnv: 'X_BEARER_TOKEN', every: '15m' },
  needs: { config: ['bearerTokenEnv'] },
  options: optionsSchema,
  claims: (url) => /^api\.(x|twitter)\.com$/.test(url.hostname) && url.pathname.startsWith('/2/tweets/search/'),
  async fetch(ctx) {
    const options = readSourceOptions(ctx.config, optionsSchema);
    const headers = { authorization: `Bearer ${tokenFromEnv(ctx.config.id, options.bearerTokenEnv)}` };
    const base = toXSearchUrl(ctx.config.url);
    const items: RawItem[] = [];
    let sinceId = ctx.cursor.sinceId;
    let nextToken: string | undefined;
    // Without a cursor one page is enough; with one, follow next_token so no post between runs is lost.
    for (let page = 0; page < (ctx.cursor.sinceId ? options.maxPages : 1); page++) {
      const url = withParams(base, { since_id: ctx.cursor.sinceId, pagination_token: nextToken }, true);
      const { body } = await getJson(ctx, url, answerSchema, { headers, conditional: false });
      if (!body) break;
      failIfOnlyErrors(body);
      items.push(...parseXAnswer(body));
      if (page === 0 && body.meta?.newest_id) sinceId = body.meta.newest_id;
      nextToken = body.meta?.next_token;
      if (!nextToken) break;
    }
    return { items, cursor: { sinceId } };
  },
});
