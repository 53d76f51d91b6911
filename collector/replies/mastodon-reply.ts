// Posting a reply on Mastodon: POST /api/v1/statuses with in_reply_to_id, as the configured account (Bearer
// token with write:statuses). A post on another server is first found on ours (GET /api/v2/search with
// resolve=true), since in_reply_to_id is our server's id of it. The author is mentioned so they are told.
import { z } from 'zod';
import type { Mention } from '../../shared/mention.ts';
import { parseUrl } from '../../shared/platforms/parse-url.ts';
import type { PostedReply } from '../../shared/replies/posted-reply.ts';
import type { ReplyAccountsConfig } from './reply-config.ts';
import { callJson, ReplyPostError, secretFromEnv, type ReplyHttp } from './reply-http.ts';

const statusSchema = z.object({ id: z.string(), url: z.string().nullish(), uri: z.string(), account: z.object({ acct: z.string() }) });
const searchSchema = z.object({ statuses: z.array(z.object({ id: z.string() })) });

/** The author as "@user@server" (the post's server when the handle has none). */
function acctOf(mention: Pick<Mention, 'author' | 'url'>): string | undefined {
  const handle = mention.author.handle?.replace(/^@/, '');
  if (!handle) return undefined;
  if (handle.includes('@')) return `@${handle}`;
  const host = parseUrl(mention.url)?.hostname;
  return host ? `@${handle}@${host}` : `@${handle}`;
}

export async function postMastodonReply(mention: Pick<Mention, 'url' | 'author'>, text: string, account: NonNullable<ReplyAccountsConfig['mastodon']>, env: NodeJS.ProcessEnv, http: ReplyHttp): Promise<Omit<PostedReply, 'by' | 'at'>> {
  const token = secretFromEnv('Mastodon', account.accessTokenEnv, env);
  const authHint = `check the token in ${account.accessTokenEnv} (it needs the write:statuses scope on ${account.instance})`;
  const post = parseUrl(mention.url);
  if (!post || !/^https?:$/.test(post.protocol)) throw new ReplyPostError(409, 'Mastodon: the mention has no post URL to reply to');
  const localId = post.origin === new URL(account.instance).origin ? /\/(\d+)\/?$/.exec(post.pathname)?.[1] : undefined;
  let inReplyTo = localId;
  if (!inReplyTo) {
    const found = searchSchema.safeParse(await callJson(http, 'Mastodon', 'finding the post', `${account.instance}/api/v2/search?${new URLSearchParams({ q: post.href, type: 'statuses', resolve: 'true', limit: '1' })}`, { method: 'GET', token }, authHint));
    inReplyTo = found.success ? found.data.statuses[0]?.id : undefined;
    if (!inReplyTo) throw new ReplyPostError(502, `Mastodon: ${account.instance} cannot find the post ${post.href}`);
  }
  const acct = acctOf(mention);
  const status = acct && !text.toLowerCase().includes(acct.toLowerCase().split('@').slice(0, 2).join('@')) ? `${acct} ${text}` : text;
  const answer = statusSchema.safeParse(await callJson(http, 'Mastodon', 'posting the reply', `${account.instance}/api/v1/statuses`, { method: 'POST', token, body: { status, in_reply_to_id: inReplyTo, visibility: 'public' } }, authHint));
  if (!answer.success) throw new ReplyPostError(502, 'Mastodon: the answer to posting the reply is not a status');
  return { platform: 'mastodon', url: answer.data.url ?? answer.data.uri, externalId: answer.data.id, account: answer.data.account.acct };
}
