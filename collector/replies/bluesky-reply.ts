// Posting a reply on Bluesky: com.atproto.server.createSession with the handle and an app password, the
// parent post read through the account's PDS (app.bsky.feed.getPosts), then com.atproto.repo.createRecord of
// an app.bsky.feed.post whose `reply` names the thread's root and the parent (uri and cid each).
import { z } from 'zod';
import type { Mention } from '../../shared/mention.ts';
import { parseUrl } from '../../shared/platforms/parse-url.ts';
import type { PostedReply } from '../../shared/replies/posted-reply.ts';
import type { ReplyAccountsConfig } from './reply-config.ts';
import { callJson, ReplyPostError, secretFromEnv, type ReplyHttp } from './reply-http.ts';

const strongRef = z.object({ uri: z.string().startsWith('at://'), cid: z.string().min(1) });
const sessionSchema = z.object({ accessJwt: z.string().min(1), did: z.string().startsWith('did:'), handle: z.string() });
const postsSchema = z.object({ posts: z.array(strongRef.extend({ record: z.object({ reply: z.object({ root: strongRef }).optional() }).passthrough() })) });

/** Bluesky counts graphemes, at most 300 per post. */
export const BLUESKY_MAX_GRAPHEMES = 300;
const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;

export async function postBlueskyReply(mention: Pick<Mention, 'url'>, text: string, account: NonNullable<ReplyAccountsConfig['bluesky']>, env: NodeJS.ProcessEnv, http: ReplyHttp, now: Date): Promise<Omit<PostedReply, 'by' | 'at'>> {
  const password = secretFromEnv('Bluesky', account.appPasswordEnv, env);
  const post = /^\/profile\/([^/]+)\/post\/([a-z0-9]+)\/?$/i.exec(parseUrl(mention.url)?.pathname ?? '');
  if (!post) throw new ReplyPostError(409, 'Bluesky: the mention\'s URL is not a bsky.app post (…/profile/HANDLE/post/ID)');
  if (graphemes(text) > BLUESKY_MAX_GRAPHEMES) throw new ReplyPostError(409, `Bluesky: the reply has ${graphemes(text)} characters; a post takes at most ${BLUESKY_MAX_GRAPHEMES}`);
  const xrpc = (method: string) => `${account.service}/xrpc/${method}`;
  const authHint = `check the app password in ${account.appPasswordEnv} for ${account.identifier}`;
  const session = sessionSchema.safeParse(await callJson(http, 'Bluesky', 'signing in', xrpc('com.atproto.server.createSession'), { method: 'POST', body: { identifier: account.identifier, password } }, authHint));
  if (!session.success) throw new ReplyPostError(502, 'Bluesky: the answer to signing in is not a session');
  const token = session.data.accessJwt;
  const parentUri = `at://${post[1]}/app.bsky.feed.post/${post[2]}`;
  const found = postsSchema.safeParse(await callJson(http, 'Bluesky', 'reading the post', `${xrpc('app.bsky.feed.getPosts')}?${new URLSearchParams({ uris: parentUri })}`, { method: 'GET', token }, authHint));
  const parent = found.success ? found.data.posts[0] : undefined;
  if (!parent) throw new ReplyPostError(502, `Bluesky: the post ${mention.url} was not found (deleted, or not visible to ${account.identifier})`);
  const reply = { root: parent.record.reply?.root ?? { uri: parent.uri, cid: parent.cid }, parent: { uri: parent.uri, cid: parent.cid } };
  const record = { $type: 'app.bsky.feed.post', text, createdAt: now.toISOString(), reply };
  const created = strongRef.safeParse(await callJson(http, 'Bluesky', 'posting the reply', xrpc('com.atproto.repo.createRecord'), { method: 'POST', token, body: { repo: session.data.did, collection: 'app.bsky.feed.post', record } }, authHint));
  if (!created.success) throw new ReplyPostError(502, 'Bluesky: the answer to posting the reply is not a record');
  const rkey = created.data.uri.split('/').pop()!;
  return { platform: 'bluesky', url: `https://bsky.app/profile/${session.data.handle}/post/${rkey}`, externalId: created.data.uri, account: session.data.handle };
}
