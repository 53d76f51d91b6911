import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import type { ReplySetupAnswer } from '../../../shared/api/replies.ts';
import type { Mention } from '../../../shared/mention.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let fx: ApiFixture | undefined;
let server: Server | undefined;
afterEach(async () => {
  await fx?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = undefined;
});

/** A Mastodon stand-in on 127.0.0.1 that accepts the token "good" only. */
async function mastodon(): Promise<string> {
  server = createServer((req, res) => {
    if (req.headers.authorization !== 'Bearer good') return res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"The access token is invalid"}');
    if (req.method === 'POST' && req.url === '/api/v1/statuses') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '77', url: 'https://social.example/@lumora/77', uri: 'u', account: { acct: 'lumora' } }));
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

it('lists the config\'s templates and posting accounts without credentials, and posts a reply that marks the mention responded', async () => {
  const base = await mastodon();
  const brands = [{
    name: 'Lumora', query: 'lumora',
    replies: [{ id: 'sorry', lang: 'es' as const, text: 'Hola {author}, lo sentimos.' }],
    replyAccounts: { mastodon: { instance: base, accessTokenEnv: 'LUMORA_MASTODON' } },
  }];
  fx = await openApiFixture({ brands, replies: { env: { LUMORA_MASTODON: 'good' } } }, 'ana');
  const post = makeMention({ platform: 'mastodon', url: `${base}/@marta_rz/111`, author: { handle: 'marta_rz' } });
  await fx.store.insertMentions([post]);

  const setup = await fx.api.app.inject({ url: '/api/replies/setup', headers: fx.auth });
  expect(setup.json<ReplySetupAnswer>()).toEqual({
    templates: [{ brand: 'Lumora', id: 'sorry', lang: 'es', text: 'Hola {author}, lo sentimos.', origin: 'config' }],
    accounts: [{ brand: 'Lumora', platform: 'mastodon', account: new URL(base).host }],
  });
  expect(setup.body).not.toMatch(/good|LUMORA_MASTODON/);

  const res = await fx.api.app.inject({ method: 'POST', url: `/api/mentions/${post.id}/reply`, headers: fx.auth, payload: { text: 'Hola Marta, lo sentimos.' } });
  expect(res.statusCode).toBe(200);
  const mention = res.json<Mention>();
  expect(mention.reply).toMatchObject({ platform: 'mastodon', url: 'https://social.example/@lumora/77', account: 'lumora', by: 'ana' });
  expect(mention.triage.status).toBe('responded');
  expect(mention.firstResponseAt).toBe(mention.reply?.at);

  const again = await fx.api.app.inject({ method: 'POST', url: `/api/mentions/${post.id}/reply`, headers: fx.auth, payload: { text: 'otra' } });
  expect([again.statusCode, again.json<{ error: string }>().error]).toEqual([409, 'already replied on mastodon: https://social.example/@lumora/77']);
});

it('answers 502 with the variable to check when the platform refuses the token, 409 without an account, 404 for no mention', async () => {
  const base = await mastodon();
  const brands = [{ name: 'Lumora', query: 'lumora', replyAccounts: { mastodon: { instance: base, accessTokenEnv: 'LUMORA_MASTODON' } } }];
  fx = await openApiFixture({ brands, replies: { env: { LUMORA_MASTODON: 'stale' } } });
  const post = makeMention({ platform: 'mastodon', url: `${base}/@marta_rz/111`, author: { handle: 'marta_rz' } });
  const reddit = makeMention({ platform: 'reddit' });
  await fx.store.insertMentions([post, reddit]);
  const send = (id: string) => fx!.api.app.inject({ method: 'POST', url: `/api/mentions/${id}/reply`, headers: fx!.auth, payload: { text: 'Hola' } });
  const refused = await send(post.id);
  expect([refused.statusCode, refused.json<{ error: string }>().error]).toEqual([502, `Mastodon: posting the reply was refused (401: The access token is invalid) — check the token in LUMORA_MASTODON (it needs the write:statuses scope on ${base})`]);
  expect((await fx.store.getMention(post.id))?.triage.status).toBe('new');
  expect((await send(reddit.id)).statusCode).toBe(409);
  expect((await send('missing')).statusCode).toBe(404);
});
