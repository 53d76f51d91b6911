// The poll fallback and the queue's drain: a helpdesk without a webhook has its open tickets read back on its
// interval, the status reaching the mention; a rate limit stops the round; the drain sends what became due.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { emailRef } from '../customers/identity-refs.ts';
import { importDemoExports, openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { toHelpdesks, type Helpdesks } from './helpdesk-config.ts';
import { startHelpdeskServer, type HelpdeskServer } from './testing/helpdesk-server.ts';
import { createTicketService, type TicketService } from './ticket-service.ts';
import { pollHelpdesk, startTicketWorkers } from './ticket-workers.ts';

const CREDS = { zendesk: { email: 'agent@acme.test', token: 'zd' }, freshdesk: { apiKey: 'fd' }, hubspot: { token: 'hs' }, salesforce: { token: 'sf' } };
const ENV = { FD_KEY: 'fd', HS_TOKEN: 'hs' };

let server: HelpdeskServer;
let temp: TempStore;
let helpdesks: Helpdesks;
let clock: number;
let mentions: Mention[];
const service = (): TicketService => createTicketService({ store: temp.store, helpdesks, userAgent: 'Vigia/test', env: ENV, now: () => new Date(clock), random: () => 0.5, log: () => undefined });

beforeAll(async () => {
  server = await startHelpdeskServer({ credentials: CREDS });
  helpdesks = toHelpdesks([
    { id: 'fd', vendor: 'freshdesk', url: server.urlOf('freshdesk'), apiKeyEnv: 'FD_KEY', timeoutMs: 600, lang: 'en', pollEvery: '10m' },
    { id: 'hs', vendor: 'hubspot', url: server.urlOf('hubspot'), tokenEnv: 'HS_TOKEN', timeoutMs: 600, lang: 'en', pollEvery: 'off' },
  ]);
});
afterAll(() => server.close());
beforeEach(async () => {
  temp = openTempStore();
  clock = Math.floor(Date.now() / 1000) * 1000;
  await importDemoExports(temp.store);
  const marta = [...(await temp.store.customers.ownersOf([emailRef('marta@example.com')])).values()][0]!;
  mentions = [makeMention({ customerId: marta }), makeMention({ customerId: marta })];
  await temp.store.insertMentions(mentions);
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await temp.close();
});

describe('the poll fallback', () => {
  it('reads open tickets back on the helpdesk’s interval and carries a new status to the mention', async () => {
    const s = service();
    const fd = helpdesks.get('fd')!;
    for (const m of mentions) await s.request({ mentionId: m.id, helpdesk: fd, by: 'ana' });
    const [a, b] = await Promise.all(mentions.map(async (m) => (await temp.store.getMention(m.id))!.ticket!.id));
    server.setStatus('freshdesk', a!, '4');
    server.setStatus('freshdesk', b!, '3');
    const reads = () => server.requests.filter((r) => r.vendor === 'freshdesk' && r.method === 'GET').length;
    // Never read yet: the first round reads both.
    const before = reads();
    clock += 11 * 60_000;
    expect(await pollHelpdesk(s, fd, new Date(clock), 50, () => undefined)).toBe(2);
    expect(reads() - before).toBe(2);
    expect((await temp.store.getMention(mentions[0]!.id))?.ticket?.status).toBe('solved');
    expect((await temp.store.getMention(mentions[1]!.id))?.ticket?.status).toBe('answered');
    // Read a minute ago: not again before its 10 minutes; the solved one is never read again.
    clock += 60_000;
    expect(await pollHelpdesk(s, fd, new Date(clock), 50, () => undefined)).toBe(0);
    expect(reads() - before).toBe(2);
    clock += 10 * 60_000;
    await pollHelpdesk(s, fd, new Date(clock), 50, () => undefined);
    expect(reads() - before).toBe(3);
    // A helpdesk with polling off is never read.
    expect(await pollHelpdesk(s, helpdesks.get('hs')!, new Date(clock), 50, () => undefined)).toBe(0);
  });

  it('stops a round at a rate limit, naming it, and reads the rest next time', async () => {
    const s = service();
    const fd = helpdesks.get('fd')!;
    for (const m of mentions) await s.request({ mentionId: m.id, helpdesk: fd, by: 'ana' });
    server.inject('freshdesk', { status: 429, headers: { 'retry-after': '60' } });
    const lines: string[] = [];
    const before = server.requests.length;
    clock += 11 * 60_000;
    await pollHelpdesk(s, fd, new Date(clock), 50, (l) => lines.push(l));
    expect(server.requests.length - before).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^tickets: fd: reading ticket \d+ failed: freshdesk: 429 rate limited \(retry after 60 s\)/)]);
    expect((await temp.store.tickets.openTickets('fd', new Date(clock - 10 * 60_000).toISOString(), 10)).length).toBe(2);
  });
});

describe('the ticket workers', () => {
  it('send a ticket that waited for a helpdesk that was down, once it is due', async () => {
    const s = service();
    server.inject('freshdesk', { status: 503 });
    expect(await s.request({ mentionId: mentions[0]!.id, helpdesk: helpdesks.get('fd')!, by: 'ana' })).toMatchObject({ state: 'queued' });
    clock += 60_000;
    const workers = startTicketWorkers(s, { drainEveryMs: 20, now: () => new Date(clock), log: () => undefined });
    try {
      await expect.poll(async () => (await temp.store.tickets.get(mentions[0]!.id))?.state, { timeout: 5000, interval: 20 }).toBe('created');
    } finally {
      await workers.stop();
    }
  });
});
