// Two collector processes over one database (SQLite file, and PostgreSQL when the test server answers): a
// mention asked for at the same moment in both gets one ticket; a process whose request reached the helpdesk
// unheard leaves the ticket to the other, which finds it instead of opening a second.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SqlStore } from '../store/sql-store.ts';
import type { StoreHarness } from '../store/testing/store-contract.ts';
import { testEngines } from '../store/testing/test-databases.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { toHelpdesks } from './helpdesk-config.ts';
import { startHelpdeskServer, type HelpdeskServer } from './testing/helpdesk-server.ts';
import { ticketRefOf } from './ticket-content.ts';
import { createTicketService } from './ticket-service.ts';

const CREDS = { zendesk: { email: 'agent@acme.test', token: 'zd' }, freshdesk: { apiKey: 'fd' }, hubspot: { token: 'hs' }, salesforce: { token: 'sf' } };
const ENV = { ZD_EMAIL: 'agent@acme.test', ZD_TOKEN: 'zd' };

let server: HelpdeskServer;
beforeAll(async () => {
  server = await startHelpdeskServer({ credentials: CREDS });
});
afterAll(() => server.close());
afterEach(() => expect(server.violations).toEqual([]));

const engines = await testEngines();

describe.each(engines.map((e) => [e.name, e] as const))('tickets from two processes on %s', (_name, engine) => {
  let harness: StoreHarness;
  afterEach(() => harness.destroy());

  const setUp = async () => {
    harness = await engine.create();
    const stores = [await harness.open(), await harness.open()] as SqlStore[];
    const helpdesks = toHelpdesks([{ id: 'zd', vendor: 'zendesk', url: server.urlOf('zendesk'), emailEnv: 'ZD_EMAIL', tokenEnv: 'ZD_TOKEN', timeoutMs: 600, lang: 'en' }]);
    const mention = makeMention();
    await stores[0]!.insertMentions([mention]);
    const clock = { now: Math.floor(Date.now() / 1000) * 1000 };
    const services = stores.map((store) => createTicketService({ store, helpdesks, userAgent: 'Vigia/test', env: ENV, now: () => new Date(clock.now), leaseMs: 5_000, log: () => undefined }));
    const ticketsOnHelpdesk = () => server.tickets('zendesk').filter((t) => t.fields.external_id === ticketRefOf(mention.id));
    // Creates sent, not tickets made: Zendesk's Idempotency-Key would hide a second create from the count of tickets.
    const creates = () => server.requests.filter((r) => r.method === 'POST' && JSON.stringify(r.body).includes(ticketRefOf(mention.id))).length;
    return { stores, services, helpdesk: helpdesks.get('zd')!, mention, clock, ticketsOnHelpdesk, creates };
  };

  it('opens one ticket when both ask for the same mention at once, several times', async () => {
    const { services, helpdesk, mention, stores, ticketsOnHelpdesk, creates } = await setUp();
    const asks = [0, 1, 2, 3].flatMap(() => services.map((s) => s.request({ mentionId: mention.id, helpdesk, by: 'ana' })));
    await Promise.all(asks);
    expect(creates()).toBe(1);
    expect(ticketsOnHelpdesk()).toHaveLength(1);
    for (const store of stores) expect((await store.getMention(mention.id))?.ticket?.id).toBe(ticketsOnHelpdesk()[0]!.id);
  });

  it('lets the other process find a ticket whose answer was lost, never opening a second', async () => {
    const { services, helpdesk, mention, stores, clock, ticketsOnHelpdesk, creates } = await setUp();
    server.inject('zendesk', { lose: true });
    expect(await services[0]!.request({ mentionId: mention.id, helpdesk, by: 'ana' })).toMatchObject({ state: 'queued', ambiguous: true });
    expect(ticketsOnHelpdesk()).toHaveLength(1);
    clock.now += 60 * 60_000;
    expect(await services[1]!.drain()).toBe(1);
    expect(await stores[1]!.tickets.get(mention.id)).toMatchObject({ state: 'created', ticket: { id: ticketsOnHelpdesk()[0]!.id } });
    expect(creates()).toBe(1);
    expect(ticketsOnHelpdesk()).toHaveLength(1);
  });
});
