// POST/GET /api/mentions/:id/ticket and GET /api/helpdesks over a real store and the local helpdesk: the
// answers hold to the contract (shared/api/tickets.ts), a mention gets one ticket however it is asked, and a
// ticket asked while the helpdesk is down waits in the store — through a restart — until it can be sent.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../../shared/api/routes.ts';
import type { Mention } from '../../../shared/mention.ts';
import { emailRef } from '../../customers/identity-refs.ts';
import { importDemoExports, openTempStore, type TempStore } from '../../customers/testing/customer-fixtures.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { toHelpdesks } from '../../tickets/helpdesk-config.ts';
import { startHelpdeskServer, type HelpdeskServer } from '../../tickets/testing/helpdesk-server.ts';
import { ticketRefOf } from '../../tickets/ticket-content.ts';
import { createTicketService } from '../../tickets/ticket-service.ts';
import { createApi, type Api } from '../server.ts';

const CREDS = { zendesk: { email: 'agent@acme.test', token: 'zd-token' }, freshdesk: { apiKey: 'fd-key' }, hubspot: { token: 'hs' }, salesforce: { token: 'sf' } };
const ENV = { ZD_EMAIL: 'agent@acme.test', ZD_TOKEN: 'zd-token', FD_KEY: 'fd-key', ZD_HOOK: 'zd-hook-secret' };

let server: HelpdeskServer;
let temp: TempStore;
let api: Api;
let auth: { authorization: string };
let mention: Mention;

const helpdesksConfig = () => [
  { id: 'support', vendor: 'zendesk', url: server.urlOf('zendesk'), emailEnv: 'ZD_EMAIL', tokenEnv: 'ZD_TOKEN', webhookSecretEnv: 'ZD_HOOK', timeoutMs: 600, lang: 'en' as const },
  { id: 'care', vendor: 'freshdesk', url: server.urlOf('freshdesk'), apiKeyEnv: 'FD_KEY', timeoutMs: 600, lang: 'es' as const, default: true },
];
const openApi = () => createApi({ store: temp.store, pollMs: 50, pingMs: 1000, helpdesks: helpdesksConfig(), env: ENV });
const ask = (id: string, payload: object = {}, headers: object = auth) => api.app.inject({ method: 'POST', url: `/api/mentions/${id}/ticket`, headers: headers as Record<string, string>, payload });
const ticketsOf = (vendor: 'zendesk' | 'freshdesk') => server.tickets(vendor).filter((t) => JSON.stringify(t.fields).includes(ticketRefOf(mention.id)));
const answer = API_ROUTES['POST /api/mentions/:id/ticket'].answer;

beforeAll(async () => {
  server = await startHelpdeskServer({ credentials: CREDS });
});
afterAll(() => server.close());
beforeEach(async () => {
  temp = openTempStore();
  await importDemoExports(temp.store);
  const marta = [...(await temp.store.customers.ownersOf([emailRef('marta@example.com')])).values()][0]!;
  mention = makeMention({ customerId: marta, author: { name: 'Marta', handle: 'marta_rz' }, text: 'Third time the Lumora technician did not come <script>x</script>', urgency: 'now', priority: 90 });
  await temp.store.insertMentions([mention]);
  api = openApi();
  auth = { authorization: `Bearer ${await temp.store.createToken('ana')}` };
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await api.close();
  await temp.close();
});

describe('GET /api/helpdesks', () => {
  it('lists the configured helpdesks and how status comes back, never a credential', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/api/helpdesks', headers: auth });
    expect(res.statusCode).toBe(200);
    expect(API_ROUTES['GET /api/helpdesks'].answer.parse(res.json())).toEqual({
      items: [
        { id: 'support', vendor: 'zendesk', default: false, statusBack: 'webhook+poll' },
        { id: 'care', vendor: 'freshdesk', default: true, statusBack: 'poll' },
      ],
    });
    for (const secret of Object.values(ENV)) expect(res.body).not.toContain(secret);
    expect((await api.app.inject({ method: 'GET', url: '/api/helpdesks' })).statusCode).toBe(401);
  });
});

describe('POST /api/mentions/:id/ticket', () => {
  it('opens one ticket, stores it on the mention and as a touchpoint, and answers the same to every later ask', async () => {
    const res = await ask(mention.id, { helpdesk: 'support' });
    expect(res.statusCode).toBe(200);
    const first = answer.parse(res.json());
    expect(first).toMatchObject({ mentionId: mention.id, helpdesk: 'support', vendor: 'zendesk', state: 'created', attempts: 1, ticket: { helpdesk: 'support', vendor: 'zendesk', status: 'open', url: expect.stringMatching(/\/agent\/tickets\/\d+$/) } });
    expect(first.lastError).toBeUndefined();
    // Asked again, through either helpdesk, or read: the same ticket, no second request to any helpdesk.
    const posts = server.requests.filter((r) => r.method === 'POST').length;
    expect(answer.parse((await ask(mention.id, { helpdesk: 'care' })).json())).toEqual(first);
    expect(answer.parse((await api.app.inject({ method: 'GET', url: `/api/mentions/${mention.id}/ticket`, headers: auth })).json())).toEqual(first);
    expect(server.requests.filter((r) => r.method === 'POST').length).toBe(posts);
    expect(ticketsOf('zendesk')).toHaveLength(1);
    expect(ticketsOf('freshdesk')).toHaveLength(0);
    // On the mention the inbox lists, and on Marta's journey.
    const listed = (await api.app.inject({ method: 'GET', url: `/api/mentions/${mention.id}`, headers: auth })).json() as Mention;
    expect(listed.ticket).toEqual(first.ticket);
    const touchpoints = await temp.store.customers.touchpointsOf(mention.customerId!);
    expect(touchpoints.filter((tp) => tp.externalId?.startsWith('ticket:'))).toEqual([expect.objectContaining({ externalId: `ticket:support:${first.ticket!.id}`, direction: 'outbound', crmRef: { system: 'zendesk', id: first.ticket!.id }, summary: expect.stringMatching(new RegExp(`^Zendesk ticket ${first.ticket!.id} \\(open\\) opened from the reddit post: .* — ${first.ticket!.url!.replace(/[.?]/g, '\\$&')}$`)) })]);
    // The ticket says what the mention said, escaped where the helpdesk reads HTML: the text, its link, its author.
    const sent = String(ticketsOf('zendesk')[0]!.fields.description);
    expect(sent).toContain('<script>x</script>');
    expect(sent).toContain(mention.url);
    expect(sent).toMatch(/Author: Marta @marta_rz/);
  });

  it('opens one ticket when several ask at the same moment, from two API processes over one store', async () => {
    const second = openApi();
    try {
      const asks = [api, second, api, second].map((a) => a.app.inject({ method: 'POST', url: `/api/mentions/${mention.id}/ticket`, headers: auth, payload: {} }));
      const answers = (await Promise.all(asks)).map((r) => answer.parse(r.json()));
      expect(ticketsOf('freshdesk')).toHaveLength(1);
      expect(new Set(answers.map((a) => a.helpdesk))).toEqual(new Set(['care']));
      expect((await temp.store.getMention(mention.id))?.ticket?.id).toBe(ticketsOf('freshdesk')[0]!.id);
    } finally {
      await second.close();
    }
  });

  it('keeps a ticket asked while the helpdesk is down, names the error, and sends it once after a restart', async () => {
    server.inject('zendesk', { status: 503 });
    const queued = answer.parse((await ask(mention.id, { helpdesk: 'support' })).json());
    expect(queued).toMatchObject({ state: 'queued', attempts: 1, lastError: 'zendesk: 503 server error: injected 503', nextAttemptAt: expect.any(String) });
    expect(queued.ticket).toBeUndefined();
    expect(await temp.store.tickets.summary()).toEqual([expect.objectContaining({ helpdesk: 'support', state: 'queued', count: 1, lastError: 'zendesk: 503 server error: injected 503' })]);
    // The process stops; another starts over the same store when the retry is due.
    await api.close();
    const later = createTicketService({ store: temp.store, helpdesks: toHelpdesks(helpdesksConfig()), userAgent: 'Vigia/test', env: ENV, now: () => new Date(Date.parse(queued.nextAttemptAt!) + 1000), log: () => undefined });
    expect(await later.drain()).toBe(1);
    expect(await temp.store.tickets.get(mention.id)).toMatchObject({ state: 'created', attempts: 2 });
    expect(ticketsOf('zendesk')).toHaveLength(1);
    api = openApi();
  });

  it('answers 404, 400, 401 and 409 with the reason', async () => {
    expect((await ask('no-such-mention')).statusCode).toBe(404);
    const unknown = await ask(mention.id, { helpdesk: 'jira' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatch(/no helpdesk "jira" \(configured: support, care\)/);
    expect((await ask(mention.id, { helpdesk: 'support', priority: 'high' })).statusCode).toBe(400);
    expect((await ask(mention.id, {}, {})).statusCode).toBe(401);
    expect((await api.app.inject({ method: 'GET', url: `/api/mentions/${mention.id}/ticket`, headers: auth })).statusCode).toBe(404);
    const bare = createApi({ store: temp.store, pollMs: 50, pingMs: 1000, env: ENV });
    try {
      const none = await bare.app.inject({ method: 'POST', url: `/api/mentions/${mention.id}/ticket`, headers: auth, payload: {} });
      expect(none.statusCode).toBe(409);
      expect(none.json().error).toMatch(/no helpdesk is configured/);
    } finally {
      await bare.close();
    }
    expect(server.requests.filter((r) => JSON.stringify(r.body ?? '').includes(ticketRefOf(mention.id)))).toEqual([]);
  });

  it('marks a refused ticket failed with the helpdesk’s reason, and a missing credential names its variable', async () => {
    server.inject('zendesk', { status: 422, body: { error: 'RecordInvalid', description: 'Requester: Email is invalid' } });
    expect(answer.parse((await ask(mention.id, { helpdesk: 'support' })).json())).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/^zendesk: 422 refused the ticket: Requester: Email is invalid/) });
    const other = makeMention({ customerId: mention.customerId! });
    await temp.store.insertMentions([other]);
    const noKey = createApi({ store: temp.store, pollMs: 50, pingMs: 1000, helpdesks: helpdesksConfig(), env: { ...ENV, FD_KEY: '' } });
    try {
      const res = await noKey.app.inject({ method: 'POST', url: `/api/mentions/${other.id}/ticket`, headers: auth, payload: { helpdesk: 'care' } });
      expect(answer.parse(res.json())).toMatchObject({ state: 'failed', lastError: 'freshdesk: environment variable FD_KEY is not set (it must hold the Freshdesk API key)' });
    } finally {
      await noKey.close();
    }
  });
});
