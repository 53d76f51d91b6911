// Mastodon (any instance): hashtag timeline or status search through the public API, polled forward
// with min_id so no post between two runs is skipped.
import { z } from 'zod';
import { defineSource, type RawItem, type SourceContext } from './kit/define-source.ts';
import { dateText, getJson, validEntries } from './kit/json-api.ts';
import { envNameSchema, tokenFromEnv } from './kit/env-token.ts';
import { newerId, readSourceOptions, withParams } from './kit/source-options.ts';

const optionsSchema = z.object({
  /** Environment variable holding an access token (some instances answer searches only when signed in). */
  accessTokenEnv: envNameSchema.optional(),
  /** Pages read per run while catching up. @default 5 */
  maxPages: z.number().int().min(1).max(20).default(5),
});

const accountSchema = z.object({
  acct: z.string(),
  username: z.string(),
  display_name: z.string().nullish(),
  url: z.string().nullish(),
  followers_count: z.number().nullish(),
});
const postSchema = z.object({
  id: z.string(),
  uri: z.string(),
  url: z.string().nullish(),
  created_at: dateText,
  content: z.string(),
  spoiler_text: z.string().nullish(),
  language: z.string().nullish(),
  in_reply_to_id: z.string().nullish(),
  account: accountSchema,
});
const statusSchema = postSchema.extend({ reblog: postSchema.nullish() });
type Status = z.infer<typeof statusSchema>;

const timelineSchema = z.array(z.unknown());
const searchSchema = z.object({ statuses: z.array(z.unknown()) });

/** A local account's acct has no domain: add the instance's, so handles read user@instance everywhere. */
function handleOf(account: Status['account'], instance: string): string {
  if (account.acct.includes('@')) return account.acct;
  const host = account.url ? new URL(account.url).hostname : instance;
  return `${account.acct}@${host}`;
}

/** One status as a raw item; a boost is read as the boosted post (that is the mention). */
export function mastodonStatusItem(status: Status, instance: string): RawItem {
  const post = status.reblog ?? status;
  const { account } = post;
  return {
    guid: post.uri,
    url: post.url ?? post.uri,
    title: post.spoiler_text || undefined,
    content: post.content,
    html: true,
    author: { name: account.display_name || account.username, handle: handleOf(account, instance), url: account.url ?? undefined },
    publishedAt: post.created_at,
    platform: 'mastodon',
    kind: post.in_reply_to_id ? 'comment' : 'post',
    lang: post.language?.slice(0, 2).toLowerCase() || undefined,
    reach: account.followers_count ?? undefined,
  };
}

/** Statuses of a timeline (array) or search (`{statuses}`) answer. */
export function parseMastodonAnswer(json: unknown): Status[] {
  const list = Array.isArray(json) ? json : searchSchema.safeParse(json).data?.statuses ?? [];
  return validEntries(list, statusSchema);
}

/** The API URL for a tag page (/tags/acme) or an API URL as given; 40 statuses per page. */
export function toMastodonApiUrl(raw: string): URL {
  const url = new URL(raw);
  const tag = /^\/tags\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (tag) url.pathname = `/api/v1/timelines/tag/${tag}`;
  const isSearch = url.pathname.startsWith('/api/v2/search');
  return withParams(url, isSearch ? { type: 'statuses', limit: 40 } : { limit: 40 });
}

async function readPage(ctx: SourceContext, url: URL, headers: Record<string, string>) {
  const schema = url.pathname.startsWith('/api/v2/search') ? searchSchema : timelineSchema;
  const answer = await getJson(ctx, url, schema, { headers, conditional: false });
  return parseMastodonAnswer(answer.body);
}

export default defineSource({
  id: 'mastodon',
  kind: 'social',
  name: 'Mastodon (hashtag timeline or search on one instance)',
  example: { id: 'acme-mastodon', kind: 'mastodon', url: 'https://mastodon.social/api/v1/timelines/tag/acme', every: '10m' },
  needs: {},
  options: optionsSchema,
  claims: (url) => /^\/api\/v1\/timelines\/(tag|public)\b|^\/api\/v2\/search\b/.test(url.pathname),
  async fetch(ctx) {
    const options = readSourceOptions(ctx.config, optionsSchema);
    const headers: Record<string, string> = options.accessTokenEnv ? { authorization: `Bearer ${tokenFromEnv(ctx.config.id, options.accessTokenEnv)}` } : {};
    const base = toMastodonApiUrl(ctx.config.url);
    const instance = base.hostname;
    const statuses: Status[] = [];
    let sinceId = ctx.cursor.sinceId;
    // Without a cursor, the newest page is enough; with one, walk forward page by page (min_id).
    for (let page = 0; page < (ctx.cursor.sinceId ? options.maxPages : 1); page++) {
      const batch = await readPage(ctx, sinceId ? withParams(base, { min_id: sinceId }, true) : base, headers);
      statuses.push(...batch);
      const newest = batch.reduce<string | undefined>((max, s) => newerId(max, s.id), undefined);
      if (!newest || newest === sinceId) break;
      sinceId = newerId(sinceId, newest);
      if (batch.length < Number(base.searchParams.get('limit') ?? 40)) break;
    }
    return { items: statuses.map((s) => mastodonStatusItem(s, instance)), cursor: { sinceId } };
  },
});
