// Opening tickets end to end over a real store and the local helpdesk: one ticket per mention whatever
// happens, nothing lost while the helpdesk is down, Retry-After honoured, a lost answer never duplicated,
// and the ticket's status carried to the mention and the customer's touchpoint.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { emailRef } from '../customers/identity-refs.ts';
import { importDemoExports, openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { toHelpdesks, type Helpdesks } from './helpdesk-config.ts';
import { startHelpdeskServer, type HelpdeskServer } from './testing/helpdesk-server.ts';
import { ticketRefOf } from './ticket-content.ts';
import { createTicketService, nextTicketStatus, retryDelay, type TicketService } from './ticket-service.ts';

const CREDS = { zendesk: { email: 'agent@acme.test', token: 'zd' }, freshdesk: { apiKey: 'fd' }, hubspot: { token: 'hs' }, salesforce: { token: 'sf' } };
const ENV = { ZD_EMAIL: 'agent@acme.test', ZD_TOKEN: 'zd', FD_KEY: 'fd' };

let server: HelpdeskServer;
let temp: TempStore;
let helpdesks: Helpdesks;
let clock: number;
let mention: Mention;
const at = () => new Date(clock).toISOString();
const service = (): TicketService =>
  createTicketService({ store: temp.store, helpdesks, userAgent: 'Vigia/test', env: ENV, now: () => new Date(clock), random: () => 0.5, retryBaseMs: 30_000, log: () => undefined });

beforeAll(async () => {
  server = await startHelpdeskServer({ credentials: CREDS });
  helpdesks = toHelpdesks([
    { id: 'zd', vendor: 'zendesk', url: server.urlOf('zendesk'), emailEnv: 'ZD_EMAIL', tokenEnv: 'ZD_TOKEN', timeoutMs: 600, lang: 'en' },
    { id: 'fd', vendor: 'freshdesk', url: server.urlOf('freshdesk'), apiKeyEnv: 'FD_KEY', timeoutMs: 600, lang: 'es' },
  ]);
});
afterAll(() => server.close());
beforeEach(async () => {
  temp = openTempStore();
  // The local helpdesk stamps tickets with the real time; the service's clock starts there and moves on its own.
  clock = Math.floor(Date.now() / 1000) * 1000;
  await importDemoExports(temp.store);
  const marta = [...(await temp.store.customers.ownersOf([emailRef('marta@example.com')])).values()][0]!;
  mention = makeMention({ customerId: marta, author: { name: 'Marta', handle: 'marta_rz' }, text: 'Tercera vez que el técnico de Lumora no viene', urgency: 'now', priority: 88 });
  await temp.store.insertMentions([mention]);
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await temp.close();
});

/** The tickets on the helpdesk carrying this test's mention's reference. */
const ticketsOf = (vendor: 'zendesk' | 'freshdesk') => server.tickets(vendor).filter((t) => JSON.stringify(t.fields).includes(ticketRefOf(mention.id)));

describe('ticket service', () => {
  it('opens one ticket per mention however often, and from however many processes, it is asked', async () => {
    const [a, b] = [service(), service()];
    const records = await Promise.all([0, 1, 2].flatMap(() => [a, b].map((s) => s.request({ mentionId: mention.id, helpdesk: helpdesks.get('zd')!, customerId: mention.customerId!, by: 'ana' }))));
    expect(ticketsOf('zendesk')).toHaveLength(1);
    const ticket = (await temp.store.getMention(mention.id))!.ticket!;
    expect(ticket).toMatchObject({ helpdesk: 'zd', vendor: 'zendesk', status: 'open', url: expect.stringMatching(/\/agent\/tickets\/\d+$/) });
    expect(records.some((r) => r.state === 'created')).toBe(true);
    // The ticket carries the mention, its author and the journey; the requester is Marta's Zendesk user.
    const sent = ticketsOf('zendesk')[0]!.fields;
    expect(String(sent.description)).toMatch(/Tercera vez[\s\S]*Customer: Marta Ruiz[\s\S]*bad experiences/);
    expect(server.requests.find((r) => r.method === 'POST')?.body).toMatchObject({ ticket: { requester_id: 90377, priority: 'high' } });
    // …and it is on her journey, as a ticket touchpoint.
    const touchpoints = await temp.store.customers.touchpointsOf(mention.customerId!);
    expect(touchpoints.filter((tp) => tp.channel === 'ticket' && tp.crmRef?.id === ticket.id)).toEqual([expect.objectContaining({ direction: 'outbound', outcome: 'pending', externalId: `ticket:zd:${ticket.id}` })]);
  });

  it('keeps the ticket while the helpdesk is down, honours Retry-After, and sends it once it is back', async () => {
    const s = service();
    server.inject('zendesk', { status: 503 });
    const queued = await s.request({ mentionId: mention.id, helpdesk: helpdesks.get('zd')!, by: 'ana' });
    expect(queued).toMatchObject({ state: 'queued', attempts: 1, lastError: 'zendesk: 503 server error: injected 503', nextAttemptAt: new Date(clock + 30_000).toISOString() });
    const posts = () => server.requests.filter((r) => r.vendor === 'zendesk' && r.method === 'POST').length;
    const before = posts();
    expect(await s.drain()).toBe(0);
    expect(posts()).toBe(before);
    clock += 30_000;
    server.inject('zendesk', { status: 429, headers: { 'retry-after': '600' } });
    await s.drain();
    // The 503 may have come after Zendesk wrote the ticket: the retry looks for it first (and meets the 429).
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', path: expect.stringMatching(/^\/api\/v2\/tickets\.json\?external_id=vigia-/) });
    const limited = (await temp.store.tickets.get(mention.id))!;
    expect(limited).toMatchObject({ state: 'queued', attempts: 2, lastError: 'zendesk: 429 rate limited (retry after 600 s): injected 429', nextAttemptAt: new Date(clock + 600_000).toISOString() });
    clock += 599_000;
    await s.drain();
    expect((await temp.store.tickets.get(mention.id))!.state).toBe('queued');
    clock += 1_000;
    await s.drain();
    expect(await temp.store.tickets.get(mention.id)).toMatchObject({ state: 'created', attempts: 3 });
    expect(ticketsOf('zendesk')).toHaveLength(1);
  });

  it('finds the ticket an attempt created unheard instead of creating a second one', async () => {
    const s = service();
    server.inject('freshdesk', { lose: true });
    expect(await s.request({ mentionId: mention.id, helpdesk: helpdesks.get('fd')!, by: 'ana' })).toMatchObject({ state: 'queued', ambiguous: true, lastError: 'freshdesk: timed out after 1 s' });
    expect(ticketsOf('freshdesk')).toHaveLength(1);
    clock += 60_000;
    await s.drain();
    const record = (await temp.store.tickets.get(mention.id))!;
    expect(record).toMatchObject({ state: 'created', ticket: { id: ticketsOf('freshdesk')[0]!.id } });
    expect(ticketsOf('freshdesk')).toHaveLength(1);
    // Spanish helpdesk, Spanish ticket; Freshdesk's description is HTML with the text escaped.
    expect(String(ticketsOf('freshdesk')[0]!.fields.description)).toMatch(/^<p>Mención pública recogida por Vigía/);
  });

  it('marks a refused ticket failed with the reason, and queues the same record when asked again', async () => {
    const s = service();
    server.inject('zendesk', { status: 422, body: { error: 'RecordInvalid', description: 'Requester: Email is invalid' } });
    expect(await s.request({ mentionId: mention.id, helpdesk: helpdesks.get('zd')!, by: 'ana' })).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/^zendesk: 422 refused the ticket: Requester: Email is invalid/) });
    clock += 3_600_000;
    expect(await s.drain()).toBe(0);
    expect(await s.request({ mentionId: mention.id, helpdesk: helpdesks.get('zd')!, by: 'ana' })).toMatchObject({ state: 'created', attempts: 2 });
  });

  it('carries answered, solved and reopened to the mention and the touchpoint, ignoring unknown tickets', async () => {
    const s = service();
    const helpdesk = helpdesks.get('zd')!;
    await s.request({ mentionId: mention.id, helpdesk, by: 'ana' });
    const id = (await temp.store.getMention(mention.id))!.ticket!.id;
    const outcome = async () => (await temp.store.customers.touchpointsOf(mention.customerId!)).find((tp) => tp.crmRef?.id === id)!;
    clock += 3_600_000;
    expect(await s.applyUpdate(helpdesk, { ticketId: id, status: 'answered', vendorStatus: 'pending', at: at() })).toBe(true);
    expect((await outcome()).outcome).toBe('pending');
    clock += 3_600_000;
    expect(await s.applyUpdate(helpdesk, { ticketId: id, status: 'solved', vendorStatus: 'solved', at: at() })).toBe(true);
    expect(await outcome()).toMatchObject({ outcome: 'resolved', resolvedAt: at() });
    clock += 3_600_000;
    expect(await s.applyUpdate(helpdesk, { ticketId: id, status: 'open', vendorStatus: 'open', at: at() })).toBe(true);
    expect((await temp.store.getMention(mention.id))!.ticket!.status).toBe('reopened');
    expect((await outcome()).outcome).toBe('unresolved');
    expect(await s.applyUpdate(helpdesk, { ticketId: '999999', status: 'solved', vendorStatus: 'solved' })).toBe(false);
  });
});

describe('nextTicketStatus and retryDelay', () => {
  it('reopens what comes back from solved until it is answered or solved again', () => {
    expect(nextTicketStatus('solved', 'open')).toBe('reopened');
    expect(nextTicketStatus('solved', 'answered')).toBe('reopened');
    expect(nextTicketStatus('reopened', 'open')).toBe('reopened');
    expect(nextTicketStatus('reopened', 'answered')).toBe('answered');
    expect(nextTicketStatus('open', 'solved')).toBe('solved');
  });

  it('doubles from the base, caps, waits at least what Retry-After asks, and never overflows a timer', () => {
    const opts = { baseMs: 30_000, maxMs: 3_600_000, random: 0.5 };
    expect([1, 2, 3].map((n) => retryDelay(n, undefined, opts))).toEqual([30_000, 60_000, 120_000]);
    expect(retryDelay(30, undefined, opts)).toBe(3_600_000);
    expect(retryDelay(1, 7_200_000, opts)).toBe(7_200_000);
    expect(retryDelay(1, Number.POSITIVE_INFINITY, opts)).toBe(2 ** 31 - 1);
  });
});
