// Bluesky public post search (app.bsky.feed.searchPosts on the public AppView, no account needed),
// polled forward with `since` and paged with the answer's cursor.
import { z } from 'zod';
import { trustedDate } from '../pipeline/normalize-date.ts';
import { defineSource, type RawItem } from './kit/define-source.ts';
import { dateText, getJson, validEntries } from './kit/json-api.ts';
import { readSourceOptions, withParams } from './kit/source-options.ts';

const optionsSchema = z.object({
  /** Pages (of 100 posts) read per run while catching up. @default 3 */
  maxPages: z.number().int().min(1).max(10).default(3),
});

const postSchema = z.object({
  uri: z.string().startsWith('at://'),
  author: z.object({ did: z.string(), handle: z.string(), displayName: z.string().nullish() }),
  record: z.object({ text: z.string(), createdAt: dateText, langs: z.array(z.string()).optional(), reply: z.unknown().optional() }).loose(),
  likeCount: z.number().optional(),
  indexedAt: dateText,
});
type Post = z.infer<typeof postSchema>;
const answerSchema = z.object({ posts: z.array(z.unknown()), cursor: z.string().optional() });

/** The bsky.app link of a post: at://did/app.bsky.feed.post/rkey → /profile/handle/post/rkey. */
const postUrl = (post: Post) => `https://bsky.app/profile/${post.author.handle}/post/${post.uri.split('/').pop()}`;

/**
 * When a post sorts in search (`since` compares with this): the earlier of creation and indexing, of
 * those that can be believed — one post dated in the future must not move the cursor past every later one.
 */
function sortTimeOf(post: Post): string | undefined {
  return [post.record.createdAt, post.indexedAt].map((t) => trustedDate(t)).filter((t): t is string => !!t).sort()[0];
}

export function blueskyPostItem(post: Post): RawItem {
  return {
    guid: post.uri,
    url: postUrl(post),
    content: post.record.text,
    author: { name: post.author.displayName || undefined, handle: post.author.handle, url: `https://bsky.app/profile/${post.author.handle}` },
    publishedAt: post.record.createdAt,
    platform: 'bluesky',
    kind: post.record.reply ? 'comment' : 'post',
    lang: post.record.langs?.[0]?.slice(0, 2).toLowerCase(),
    // Search results carry no follower count; likes are the audience signal they do carry.
    reach: post.likeCount,
  };
}

/** The posts of one searchPosts answer. */
export function parseBlueskyAnswer(json: unknown): Post[] {
  return validEntries(answerSchema.parse(json).posts, postSchema);
}

export default defineSource({
  id: 'bluesky',
  kind: 'social',
  name: 'Bluesky (public post search)',
  example: { id: 'acme-bluesky', kind: 'bluesky', url: 'https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=acme', every: '10m' },
  needs: {},
  options: optionsSchema,
  claims: (url) => url.pathname === '/xrpc/app.bsky.feed.searchPosts',
  async fetch(ctx) {
    const options = readSourceOptions(ctx.config, optionsSchema);
    const base = withParams(ctx.config.url, { sort: 'latest', limit: 100, since: ctx.cursor.since }, false);
    const posts: Post[] = [];
    let page: string | undefined;
    for (let n = 0; n < (ctx.cursor.since ? options.maxPages : 1); n++) {
      const { body } = await getJson(ctx, withParams(base, { cursor: page }, true), answerSchema, { conditional: false });
      if (!body) break;
      posts.push(...parseBlueskyAnswer(body));
      page = body.cursor;
      if (!page || !body.posts.length) break;
    }
    const newest = posts.map(sortTimeOf).filter((t): t is string => !!t).sort().pop();
    return { items: posts.map(blueskyPostItem), cursor: { since: newest ?? ctx.cursor.since } };
  },
});
