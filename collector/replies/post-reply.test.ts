// Posting replies against local stand-ins for a Mastodon server and a Bluesky PDS (127.0.0.1), which check
// the documented request shape: the method, the path, the Bearer token, and the JSON body.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { postReply, replyAccountFor } from './post-reply.ts';
import { ReplyPostError } from './reply-http.ts';

interface Seen { method: string; path: string; auth?: string; body?: unknown }
type Handler = (seen: Seen) => { status: number; body: unknown };

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function serve(handler: Handler): Promise<{ base: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const read = async (req: IncomingMessage) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  server = createServer(async (req, res) => {
    const entry = { method: req.method!, path: req.url!, auth: req.headers.authorization, body: await read(req) };
    seen.push(entry);
    const { status, body } = handler(entry);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return { base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

const now = () => new Date('2026-12-07T11:00:00.000Z');
const env = { ACME_MASTODON: 'masto-secret', ACME_BSKY: 'app-pass-1234' };

describe('Mastodon replies', () => {
  it('posts in_reply_to_id with the Bearer token, mentioning the author, after finding a post of another server', async () => {
    const { base, seen } = await serve(({ path }) =>
      path.startsWith('/api/v2/search') ? { status: 200, body: { statuses: [{ id: '9001' }] } } : { status: 200, body: { id: '9100', url: `https://social.acme.example/@acme/9100`, uri: 'x', account: { acct: 'acme' } } },
    );
    const brands = [{ name: 'Lumora', replyAccounts: { mastodon: { instance: base, accessTokenEnv: 'ACME_MASTODON' } } }];
    const mention = makeMention({ platform: 'mastodon', url: 'https://mastodon.social/@marta_rz/111544891736153138', author: { handle: 'marta_rz' } });
    const reply = await postReply(mention, 'Hola Marta, lo miramos.', brands, 'ana', { env, now });
    expect(reply).toEqual({ platform: 'mastodon', url: 'https://social.acme.example/@acme/9100', externalId: '9100', account: 'acme', by: 'ana', at: '2026-12-07T11:00:00.000Z' });
    expect(seen[0]).toMatchObject({ method: 'GET', auth: 'Bearer masto-secret' });
    expect(Object.fromEntries(new URL(seen[0]!.path, base).searchParams)).toEqual({ q: mention.url, type: 'statuses', resolve: 'true', limit: '1' });
    expect(seen[1]).toEqual({ method: 'POST', path: '/api/v1/statuses', auth: 'Bearer masto-secret', body: { status: '@marta_rz@mastodon.social Hola Marta, lo miramos.', in_reply_to_id: '9001', visibility: 'public' } });
  });

  it('says which variable holds a refused token, and which one to set when it is missing', async () => {
    const { base } = await serve(() => ({ status: 401, body: { error: 'The access token is invalid' } }));
    const brands = [{ name: 'Lumora', replyAccounts: { mastodon: { instance: base, accessTokenEnv: 'ACME_MASTODON' } } }];
    const mention = makeMention({ platform: 'mastodon', url: `${base}/@marta_rz/111`, author: { handle: 'marta_rz' } });
    const refused = await postReply(mention, 'Hola', brands, 'ana', { env, now }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReplyPostError);
    expect(refused).toMatchObject({ status: 502, message: `Mastodon: posting the reply was refused (401: The access token is invalid) — check the token in ACME_MASTODON (it needs the write:statuses scope on ${base})` });
    await expect(postReply(mention, 'Hola', brands, 'ana', { env: {}, now })).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/environment variable ACME_MASTODON is not set/) });
  });
});

describe('Bluesky replies', () => {
  it('signs in, reads the parent, and creates a post whose reply names the thread root and the parent', async () => {
    const { base, seen } = await serve(({ path }) => {
      if (path === '/xrpc/com.atproto.server.createSession') return { status: 200, body: { accessJwt: 'jwt-1', refreshJwt: 'r', did: 'did:plc:acme', handle: 'acme.bsky.social' } };
      if (path.startsWith('/xrpc/app.bsky.feed.getPosts')) return { status: 200, body: { posts: [{ uri: 'at://did:plc:marta/app.bsky.feed.post/3mdd7aj7pgs2x', cid: 'cid-parent', record: { text: 'hi', reply: { root: { uri: 'at://did:plc:op/app.bsky.feed.post/root1', cid: 'cid-root' }, parent: { uri: 'a', cid: 'b' } } } }] } };
      if (path === '/xrpc/com.atproto.repo.createRecord') return { status: 200, body: { uri: 'at://did:plc:acme/app.bsky.feed.post/3newreply', cid: 'cid-new' } };
      return { status: 404, body: { error: 'NotFound' } };
    });
    const brands = [{ name: 'Lumora', replyAccounts: { bluesky: { identifier: 'acme.bsky.social', appPasswordEnv: 'ACME_BSKY', service: base } } }];
    const mention = makeMention({ platform: 'bluesky', url: 'https://bsky.app/profile/marta.bsky.social/post/3mdd7aj7pgs2x' });
    const reply = await postReply(mention, 'Hola Marta 👋🏽', brands, 'ana', { env, now });
    expect(reply).toEqual({ platform: 'bluesky', url: 'https://bsky.app/profile/acme.bsky.social/post/3newreply', externalId: 'at://did:plc:acme/app.bsky.feed.post/3newreply', account: 'acme.bsky.social', by: 'ana', at: '2026-12-07T11:00:00.000Z' });
    expect(seen[0]).toEqual({ method: 'POST', path: '/xrpc/com.atproto.server.createSession', auth: undefined, body: { identifier: 'acme.bsky.social', password: 'app-pass-1234' } });
    expect(seen[1]).toMatchObject({ method: 'GET', auth: 'Bearer jwt-1' });
    expect(new URL(seen[1]!.path, base).searchParams.get('uris')).toBe('at://marta.bsky.social/app.bsky.feed.post/3mdd7aj7pgs2x');
    expect(seen[2]).toEqual({
      method: 'POST', path: '/xrpc/com.atproto.repo.createRecord', auth: 'Bearer jwt-1',
      body: {
        repo: 'did:plc:acme', collection: 'app.bsky.feed.post',
        record: {
          $type: 'app.bsky.feed.post', text: 'Hola Marta 👋🏽', createdAt: '2026-12-07T11:00:00.000Z',
          reply: { root: { uri: 'at://did:plc:op/app.bsky.feed.post/root1', cid: 'cid-root' }, parent: { uri: 'at://did:plc:marta/app.bsky.feed.post/3mdd7aj7pgs2x', cid: 'cid-parent' } },
        },
      },
    });
  });

  it('refuses a refused app password, a post over 300 characters, and a second reply, each with why', async () => {
    const { base } = await serve(() => ({ status: 401, body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' } }));
    const brands = [{ name: 'Lumora', replyAccounts: { bluesky: { identifier: 'acme.bsky.social', appPasswordEnv: 'ACME_BSKY', service: base } } }];
    const mention = makeMention({ platform: 'bluesky', url: 'https://bsky.app/profile/marta.bsky.social/post/3mdd7aj7pgs2x' });
    await expect(postReply(mention, 'Hola', brands, 'ana', { env, now })).rejects.toMatchObject({ status: 502, message: 'Bluesky: signing in was refused (401: AuthenticationRequired: Invalid identifier or password) — check the app password in ACME_BSKY for acme.bsky.social' });
    await expect(postReply(mention, 'x'.repeat(301), brands, 'ana', { env, now })).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/301 characters; a post takes at most 300/) });
    const replied = { ...mention, reply: { platform: 'bluesky' as const, url: 'https://bsky.app/profile/a/post/b', externalId: 'at://x', account: 'a', by: 'ana', at: '2026-12-07T10:00:00.000Z' } };
    await expect(postReply(replied, 'Hola', brands, 'ana', { env, now })).rejects.toMatchObject({ status: 409, message: 'already replied on bluesky: https://bsky.app/profile/a/post/b' });
  });
});

it('posts only where a brand of the mention has an account for its platform', async () => {
  const brands = [{ name: 'Lumora', replyAccounts: { mastodon: { instance: 'https://social.example', accessTokenEnv: 'X' } } }];
  expect(replyAccountFor({ platform: 'mastodon', matches: [{ brand: 'Other', terms: [] }, { brand: 'Lumora', terms: [] }] }, brands)).toEqual({ brand: 'Lumora', platform: 'mastodon' });
  expect(replyAccountFor({ platform: 'bluesky', matches: [{ brand: 'Lumora', terms: [] }] }, brands)).toBeUndefined();
  await expect(postReply(makeMention({ platform: 'reddit' }), 'hi', brands, 'ana')).rejects.toMatchObject({ status: 409, message: 'cannot post from here: reddit has no open API to reply through; copy the reply and post it there' });
});
