// POST /api/webhooks/<vendor>: each helpdesk's notification, signed as the vendor signs it (Zendesk and
// HubSpot) or carrying the shared secret (Freshdesk, Salesforce), moves the ticket on the mention and on the
// customer's touchpoint; a bad or stale signature, or no secret configured, is refused before the body is read.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../../shared/api/routes.ts';
import type { HelpdeskVendor } from '../../../shared/api/tickets.ts';
import type { Mention } from '../../../shared/mention.ts';
import { emailRef } from '../../customers/identity-refs.ts';
import { importDemoExports, openTempStore, type TempStore } from '../../customers/testing/customer-fixtures.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { startHelpdeskServer, type HelpdeskServer } from '../../tickets/testing/helpdesk-server.ts';
import { helpdeskNotification } from '../../tickets/testing/helpdesk-webhooks.ts';
import type { InjectOptions } from 'fastify';
import { createApi, type Api } from '../server.ts';

const CREDS = { zendesk: { email: 'agent@acme.test', token: 'zd' }, freshdesk: { apiKey: 'fd' }, hubspot: { token: 'hs' }, salesforce: { token: 'sf' } };
const SECRETS = { ZD_HOOK: 'zd-signing-secret', FD_HOOK: 'fd-shared-secret', HS_SECRET: 'hs-app-secret', SF_HOOK: 'sf-shared-secret' };
const ENV = { ZD_EMAIL: 'agent@acme.test', ZD_TOKEN: 'zd', FD_KEY: 'fd', HS_TOKEN: 'hs', SF_TOKEN: 'sf', ...SECRETS };
const HOOK_URL = 'https://vigia.example.com/api/webhooks/hubspot';

let server: HelpdeskServer;
let temp: TempStore;
let api: Api;
let mention: Mention;

beforeAll(async () => {
  server = await startHelpdeskServer({ credentials: CREDS });
});
afterAll(() => server.close());
beforeEach(async () => {
  temp = openTempStore();
  await importDemoExports(temp.store);
  const marta = [...(await temp.store.customers.ownersOf([emailRef('marta@example.com')])).values()][0]!;
  mention = makeMention({ customerId: marta, author: { name: 'Marta', handle: 'marta_rz' } });
  await temp.store.insertMentions([mention]);
  api = createApi({
    store: temp.store, pollMs: 50, pingMs: 1000, env: ENV,
    helpdesks: [
      { id: 'zd', vendor: 'zendesk', url: server.urlOf('zendesk'), emailEnv: 'ZD_EMAIL', tokenEnv: 'ZD_TOKEN', webhookSecretEnv: 'ZD_HOOK', timeoutMs: 600, lang: 'en' },
      { id: 'fd', vendor: 'freshdesk', url: server.urlOf('freshdesk'), apiKeyEnv: 'FD_KEY', webhookSecretEnv: 'FD_HOOK', timeoutMs: 600, lang: 'en' },
      { id: 'hs', vendor: 'hubspot', url: server.urlOf('hubspot'), tokenEnv: 'HS_TOKEN', webhookSecretEnv: 'HS_SECRET', webhookUrl: HOOK_URL, timeoutMs: 600, lang: 'en' },
      { id: 'sf', vendor: 'salesforce', url: server.urlOf('salesforce'), tokenEnv: 'SF_TOKEN', webhookSecretEnv: 'SF_HOOK', timeoutMs: 600, lang: 'en' },
    ],
  });
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await api.close();
  await temp.close();
});

/** Opens the mention's ticket in `helpdesk`; its id there. */
async function openTicket(helpdesk: string): Promise<string> {
  const token = await temp.store.createToken('ana');
  const res = await api.app.inject({ method: 'POST', url: `/api/mentions/${mention.id}/ticket`, headers: { authorization: `Bearer ${token}` }, payload: { helpdesk } });
  return API_ROUTES['POST /api/mentions/:id/ticket'].answer.parse(res.json()).ticket!.id;
}

/** Each vendor's notification that ticket `id` reached `status` (their words), with its signature or secret. */
const SECRET_OF: Record<HelpdeskVendor, string> = { zendesk: SECRETS.ZD_HOOK, freshdesk: SECRETS.FD_HOOK, hubspot: SECRETS.HS_SECRET, salesforce: SECRETS.SF_HOOK };
const WORDS: Record<HelpdeskVendor, { helpdesk: string; solved: string; open: string }> = {
  zendesk: { helpdesk: 'zd', solved: 'SOLVED', open: 'OPEN' },
  freshdesk: { helpdesk: 'fd', solved: 'Resolved', open: 'Open' },
  hubspot: { helpdesk: 'hs', solved: '4', open: '1' },
  salesforce: { helpdesk: 'sf', solved: 'Closed', open: 'Working' },
};
const notifications = Object.fromEntries(
  (Object.keys(WORDS) as HelpdeskVendor[]).map((vendor) => [
    vendor,
    { ...WORDS[vendor], send: (id: string, status: string, opts: { secret?: string; age?: number } = {}): InjectOptions => helpdeskNotification(vendor, id, status, { secret: opts.secret ?? SECRET_OF[vendor], hubspotUrl: HOOK_URL, ...(opts.age ? { age: opts.age } : {}) }) },
  ]),
) as Record<HelpdeskVendor, { helpdesk: string; solved: string; open: string; send: (id: string, status: string, opts?: { secret?: string; age?: number }) => InjectOptions }>;

describe.each(Object.keys(notifications) as HelpdeskVendor[])('the %s webhook', (vendor) => {
  const n = notifications[vendor];

  it('moves the ticket to solved and back to reopened on the mention and the touchpoint, once per change', async () => {
    const id = await openTicket(n.helpdesk);
    const res = await api.app.inject(n.send(id, n.solved));
    expect(res.statusCode).toBe(200);
    expect(API_ROUTES[`POST /api/webhooks/${vendor}`].answer.parse(res.json())).toEqual({ updated: 1 });
    expect((await temp.store.getMention(mention.id))?.ticket?.status).toBe('solved');
    const touchpoint = async () => (await temp.store.customers.touchpointsOf(mention.customerId!)).find((tp) => tp.externalId === `ticket:${n.helpdesk}:${id}`);
    expect((await touchpoint())?.outcome).toBe('resolved');
    // The helpdesk resends it: nothing changes.
    expect((await api.app.inject(n.send(id, n.solved))).json()).toEqual({ updated: 0 });
    expect((await api.app.inject(n.send(id, n.open))).json()).toEqual({ updated: 1 });
    expect((await temp.store.getMention(mention.id))?.ticket?.status).toBe('reopened');
    expect((await touchpoint())?.outcome).toBe('unresolved');
    // A ticket Vigía did not open is nobody's business here.
    expect((await api.app.inject(n.send('424242', n.solved))).json()).toEqual({ updated: 0 });
  });

  it('refuses a notification with the wrong signature or secret, changing nothing', async () => {
    const id = await openTicket(n.helpdesk);
    const res = await api.app.inject(n.send(id, n.solved, { secret: 'not-the-secret' }));
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatch(new RegExp(`^${vendor} webhook refused`));
    expect((await temp.store.getMention(mention.id))?.ticket?.status).toBe('open');
  });
});

describe('the webhooks, beyond one vendor', () => {
  it('refuses a replayed (stale) Zendesk or HubSpot signature', async () => {
    const zd = await openTicket('zd');
    expect((await api.app.inject(notifications.zendesk.send(zd, 'SOLVED', { age: 2 * 3_600_000 }))).statusCode).toBe(401);
    expect((await api.app.inject(notifications.hubspot.send(zd, '4', { age: 10 * 60_000 }))).statusCode).toBe(401);
  });

  it('acknowledges a Salesforce outbound message (SOAP) with the shared secret in the URL', async () => {
    const id = await openTicket('sf');
    const soap = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><notifications xmlns="http://soap.sforce.com/2005/09/outbound"><OrganizationId>00D</OrganizationId><Notification><Id>04l</Id><sObject xsi:type="sf:Case" xmlns:sf="urn:sobject.enterprise.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><sf:Id>${id}</sf:Id><sf:IsClosed>true</sf:IsClosed><sf:Status>Closed</sf:Status></sObject></Notification></notifications></soapenv:Body></soapenv:Envelope>`;
    const res = await api.app.inject({ method: 'POST', url: `/api/webhooks/salesforce?token=${SECRETS.SF_HOOK}`, payload: soap, headers: { 'content-type': 'text/xml; charset=utf-8' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.body).toContain('<Ack>true</Ack>');
    expect((await temp.store.getMention(mention.id))?.ticket?.status).toBe('solved');
  });

  it('answers 404 for a vendor with no webhook secret set, and needs no API token', async () => {
    const bare = createApi({ store: temp.store, pollMs: 50, pingMs: 1000, env: ENV, helpdesks: [{ id: 'zd', vendor: 'zendesk', url: server.urlOf('zendesk'), emailEnv: 'ZD_EMAIL', tokenEnv: 'ZD_TOKEN', timeoutMs: 600, lang: 'en' }] });
    try {
      const res = await bare.app.inject(notifications.zendesk.send('1', 'SOLVED'));
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatch(/webhookSecretEnv/);
    } finally {
      await bare.close();
    }
  });
});
