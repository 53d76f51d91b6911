// @vitest-environment node
// Tickets from the UI against the real collector API (in process) and the local helpdesk test server: a
// click made offline is kept and sent once the collector answers, a ticket is never asked for twice, a
// helpdesk that is down leaves it queued at the collector, and a refusal is said in the collector's words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openApiFixture, type ApiFixture } from '../../../../collector/api/testing/api-fixture.ts';
import { makeMention } from '../../../../collector/testing/mention-factory.ts';
import { startHelpdeskServer, type HelpdeskServer } from '../../../../collector/tickets/testing/helpdesk-server.ts';
import { db } from '../../../db/vigia-db.ts';
import { pullChangeFeed } from '../../../sync/change-feed.ts';
import { createCollectorClient } from '../../../sync/collector-client.ts';
import { flushTicketRequests, requestTicket, ticketStatus } from './ticket-queue.ts';

const CREDS = { zendesk: { email: 'agent@acme.test', token: 'zd-secret' }, freshdesk: { apiKey: 'fd-key' }, hubspot: { token: 'hs' }, salesforce: { token: 'sf' } };
const URL_BASE = 'http://127.0.0.1:8787';
let fx: ApiFixture;
let helpdesk: HelpdeskServer;
let offline = false;

const fetchImpl: typeof fetch = async (input, init) => {
  if (offline) throw new TypeError('Failed to fetch');
  const url = new URL(String(input));
  const res = await fx.api.app.inject({
    method: (init?.method ?? 'GET') as 'GET',
    url: url.pathname + url.search,
    headers: Object.fromEntries(new Headers(init?.headers).entries()),
    ...(init?.body ? { payload: String(init.body) } : {}),
  });
  return new Response(res.body, { status: res.statusCode, headers: { 'Content-Type': 'application/json' } });
};
let token = '';
const client = () => createCollectorClient({ collectorUrl: URL_BASE, token }, fetchImpl);
const complaint = makeMention({ text: 'Third week without fibre and nobody from Lumora calls back. Terrible.', lang: 'en', sentiment: { score: -0.8, label: 'negative', confidence: 0.9 } });
const creates = () => helpdesk.requests.filter((r) => r.method === 'POST');

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  offline = false;
  helpdesk = await startHelpdeskServer({ credentials: CREDS });
  fx = await openApiFixture({
    helpdesks: [{ id: 'support', vendor: 'zendesk', url: helpdesk.urlOf('zendesk'), emailEnv: 'ZD_EMAIL', tokenEnv: 'ZD_TOKEN', timeoutMs: 1000, pollEvery: 'off', lang: 'en' }],
    env: { ZD_EMAIL: CREDS.zendesk.email, ZD_TOKEN: CREDS.zendesk.token },
  });
  token = fx.auth.authorization.replace('Bearer ', '');
  await fx.store.insertMentions([complaint]);
  await pullChangeFeed(client(), URL_BASE);
});
afterEach(async () => {
  await fx.close();
  await helpdesk.close();
});

describe('tickets asked for from the UI', () => {
  it('keeps a click made offline, sends it once the collector answers, and never asks twice', async () => {
    offline = true;
    expect(await requestTicket(client(), complaint.id, 'support')).toMatchObject({ kind: 'offline', detail: expect.stringContaining('unreachable') });
    expect(await requestTicket(client(), complaint.id, 'support')).toMatchObject({ kind: 'offline' });
    expect(creates()).toHaveLength(0);

    offline = false;
    await flushTicketRequests(client());
    const outcome = await ticketStatus(complaint.id);
    expect(outcome).toMatchObject({ kind: 'created', ticket: { helpdesk: 'support', vendor: 'zendesk', status: 'open', url: expect.stringMatching(/\/zendesk\/agent\/tickets\/\d+$/) } });
    // The synced mention carries its ticket at once, and a later click answers with it.
    expect((await db.mentions.get(complaint.id))?.mention.ticket?.id).toBe(outcome?.kind === 'created' ? outcome.ticket.id : 'none');
    expect(await requestTicket(client(), complaint.id, 'support')).toMatchObject({ kind: 'created' });
    expect(creates()).toHaveLength(1);
    expect(helpdesk.violations).toEqual([]);
  });

  it('says the ticket is queued at the collector while the helpdesk is down, and asks no second time', async () => {
    helpdesk.inject('zendesk', { status: 503 });
    const outcome = await requestTicket(client(), complaint.id, undefined);
    expect(outcome).toMatchObject({ kind: 'queued', detail: expect.stringContaining('503') });
    expect(await requestTicket(client(), complaint.id, undefined)).toMatchObject({ kind: 'queued' });
    expect(creates()).toHaveLength(1);
  });

  it("says why a ticket was refused, in the collector's words, and lets the user ask again", async () => {
    expect(await requestTicket(client(), complaint.id, 'nope')).toEqual({ kind: 'failed', detail: 'no helpdesk "nope" (configured: support)' });
    expect(await requestTicket(client(), complaint.id, 'support')).toMatchObject({ kind: 'created' });
  });
});
