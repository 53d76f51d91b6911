// Each connector against the local helpdesk, which checks requests against the vendor's documented shape
// and answers with the documented shape: create, find by reference, read back, and every failure named.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HelpdeskVendor } from '../../shared/api/tickets.ts';
import type { TicketDraft } from './define-connector.ts';
import { toHelpdesks, type Helpdesk } from './helpdesk-config.ts';
import { startHelpdeskServer, type HelpdeskServer } from './testing/helpdesk-server.ts';
import { TicketError } from './ticket-error.ts';
import { createHelpdeskHttp } from './ticket-http.ts';

const CREDS = { zendesk: { email: 'agent@acme.test', token: 'zd-secret' }, freshdesk: { apiKey: 'fd-key' }, hubspot: { token: 'pat-na1-x' }, salesforce: { token: '00D!sf-token' } };
const ENV = { ZD_EMAIL: 'agent@acme.test', ZD_TOKEN: 'zd-secret', FD_KEY: 'fd-key', HS_TOKEN: 'pat-na1-x', SF_TOKEN: '00D!sf-token' };
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

const draft = (crmId?: string): TicketDraft => ({
  ref: 'vigia-0123456789abcdef',
  subject: '[Lumora] Negative reddit post by @marta_rz: third time the technician did not come',
  text: 'Public mention collected by Vigía.\n> third time <b>the technician</b> did not come',
  html: '<p>Public mention collected by Vigía.</p><blockquote>third time &lt;b&gt;the technician&lt;/b&gt; did not come</blockquote>',
  priority: 'high',
  tags: ['vigia', 'reddit'],
  requester: { name: 'Marta Ruiz', email: 'marta@example.com' },
  ...(crmId ? { crmId } : {}),
});

/** Per vendor: the documented request it must send, and a status that means solved there. */
const VENDORS: Record<HelpdeskVendor, { crmId?: string; path: RegExp; auth: string; body: Record<string, unknown>; solved: string; url: RegExp }> = {
  zendesk: {
    crmId: '90377', path: /^\/api\/v2\/tickets\.json$/, auth: basic('agent@acme.test/token', 'zd-secret'), solved: 'solved', url: /\/zendesk\/agent\/tickets\/\d+$/,
    body: { ticket: { subject: draft().subject, comment: { body: draft().text, public: false }, priority: 'high', tags: ['vigia', 'reddit'], external_id: 'vigia-0123456789abcdef', requester_id: 90377 } },
  },
  freshdesk: {
    path: /^\/api\/v2\/tickets$/, auth: basic('fd-key', 'X'), solved: '4', url: /\/freshdesk\/a\/tickets\/\d+$/,
    body: { subject: draft().subject, description: draft().html, email: 'marta@example.com', name: 'Marta Ruiz', status: 2, priority: 3, source: 2, tags: ['vigia-0123456789abcdef', 'vigia', 'reddit'] },
  },
  hubspot: {
    crmId: '5101', path: /^\/crm\/v3\/objects\/tickets$/, auth: 'Bearer pat-na1-x', solved: '4', url: /^https:\/\/app\.hubspot\.com\/contacts\/4242\/record\/0-5\/\d+$/,
    body: {
      properties: { subject: `${draft().subject} (vigia-0123456789abcdef)`, content: draft().text, hs_pipeline: '0', hs_pipeline_stage: '1', hs_ticket_priority: 'HIGH' },
      associations: [{ to: { id: '5101' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }] }],
    },
  },
  salesforce: {
    path: /^\/services\/data\/v60\.0\/sobjects\/Case\/$/, auth: 'Bearer 00D!sf-token', solved: 'Closed', url: /\/salesforce\/lightning\/r\/Case\/500\d+\/view$/,
    body: { Subject: `${draft().subject} (vigia-0123456789abcdef)`, Description: draft().text, Origin: 'Web', Priority: 'High', Status: 'New', SuppliedEmail: 'marta@example.com', SuppliedName: 'Marta Ruiz' },
  },
};

let server: HelpdeskServer;
let helpdesks: Record<HelpdeskVendor, Helpdesk>;
const ctxOf = (h: Helpdesk, env: Record<string, string> = ENV) => ({ helpdesk: h.config, env, http: createHelpdeskHttp({ vendor: h.connector.vendor, userAgent: 'Vigia/test', timeoutMs: h.config.timeoutMs }) });

beforeAll(async () => {
  server = await startHelpdeskServer({ credentials: CREDS });
  const list = toHelpdesks([
    { id: 'zd', vendor: 'zendesk', url: server.urlOf('zendesk'), emailEnv: 'ZD_EMAIL', tokenEnv: 'ZD_TOKEN', timeoutMs: 600, lang: 'en' },
    { id: 'fd', vendor: 'freshdesk', url: server.urlOf('freshdesk'), apiKeyEnv: 'FD_KEY', timeoutMs: 600, lang: 'en' },
    { id: 'hs', vendor: 'hubspot', url: server.urlOf('hubspot'), tokenEnv: 'HS_TOKEN', portalId: '4242', timeoutMs: 600, lang: 'en' },
    { id: 'sf', vendor: 'salesforce', url: server.urlOf('salesforce'), tokenEnv: 'SF_TOKEN', timeoutMs: 600, lang: 'en' },
  ]);
  helpdesks = { zendesk: list.get('zd')!, freshdesk: list.get('fd')!, hubspot: list.get('hs')!, salesforce: list.get('sf')! };
});
afterAll(() => server.close());
afterEach(() => expect(server.violations).toEqual([]));

const failure = async (promise: Promise<unknown>): Promise<TicketError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TicketError);
  return error as TicketError;
};

describe.each(Object.keys(VENDORS) as HelpdeskVendor[])('%s connector', (vendor) => {
  const expected = VENDORS[vendor];

  it('sends the documented create request and reads the documented answer', async () => {
    const helpdesk = helpdesks[vendor];
    const created = await helpdesk.connector.create(ctxOf(helpdesk), draft(expected.crmId));
    const request = server.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.path).toMatch(expected.path);
    expect(request.headers.authorization).toBe(expected.auth);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toEqual(expected.body);
    expect(created).toMatchObject({ status: 'open', url: expect.stringMatching(expected.url) });
    expect(server.tickets(vendor).map((t) => t.id)).toContain(created.id);
  });

  it('finds a ticket by its reference and reads its status back', async () => {
    const helpdesk = helpdesks[vendor];
    const ctx = ctxOf(helpdesk);
    const created = await helpdesk.connector.create(ctx, { ...draft(expected.crmId), ref: `vigia-${vendor}00000000` });
    expect((await helpdesk.connector.find(ctx, `vigia-${vendor}00000000`))?.id).toBe(created.id);
    expect(await helpdesk.connector.find(ctx, 'vigia-nothing0000000')).toBeUndefined();
    expect(await helpdesk.connector.read(ctx, created.id)).toMatchObject({ ticketId: created.id, status: 'open' });
    server.setStatus(vendor, created.id, expected.solved);
    expect(await helpdesk.connector.read(ctx, created.id)).toMatchObject({ ticketId: created.id, status: 'solved', vendorStatus: expected.solved });
  });

  it('names a 401 from wrong credentials, and a missing credential before any request', async () => {
    const helpdesk = helpdesks[vendor];
    const wrong = Object.fromEntries(Object.entries(ENV).map(([k, v]) => [k, `${v}-wrong`]));
    const unauthorized = await failure(helpdesk.connector.create(ctxOf(helpdesk, wrong), draft(expected.crmId)));
    expect(unauthorized).toMatchObject({ kind: 'unauthorized', retryable: false, message: expect.stringMatching(new RegExp(`^${vendor}: 401 unauthorized`)) });
    const sent = server.requests.length;
    const missing = await failure(helpdesk.connector.create(ctxOf(helpdesk, {}), draft(expected.crmId)));
    expect(missing).toMatchObject({ kind: 'config', message: expect.stringMatching(new RegExp(`^${vendor}: environment variable \\w+ is not set`)) });
    expect(server.requests.length).toBe(sent);
  });

  it.each([
    [403, 'forbidden', /403 forbidden/],
    [422, 'invalid', /422 refused the ticket: Requester is invalid/],
    [503, 'server', /503 server error/],
  ] as const)('names a %i', async (status, kind, message) => {
    const helpdesk = helpdesks[vendor];
    server.inject(vendor, { status, body: { error: 'RecordInvalid', description: 'Requester is invalid' } });
    const error = await failure(helpdesk.connector.create(ctxOf(helpdesk), draft(expected.crmId)));
    expect(error).toMatchObject({ kind, message: expect.stringMatching(message), details: { status } });
    expect(error.retryable).toBe(status === 503);
  });

  it('reads Retry-After from a 429 and names a timeout as possibly delivered', async () => {
    const helpdesk = helpdesks[vendor];
    server.inject(vendor, { status: 429, headers: { 'retry-after': '120' } });
    const limited = await failure(helpdesk.connector.create(ctxOf(helpdesk), draft(expected.crmId)));
    expect(limited).toMatchObject({ kind: 'rate-limited', retryable: true, details: { status: 429, retryAfterMs: 120_000 }, message: `${vendor}: 429 rate limited (retry after 120 s): injected 429` });
    server.inject(vendor, { hang: true });
    const slow = await failure(helpdesk.connector.create(ctxOf(helpdesk), draft(expected.crmId)));
    expect(slow).toMatchObject({ kind: 'timeout', retryable: true, details: { ambiguous: true }, message: `${vendor}: timed out after 1 s` });
    server.inject(vendor, { drop: true });
    expect(await failure(helpdesk.connector.create(ctxOf(helpdesk), draft(expected.crmId)))).toMatchObject({ kind: 'unreachable', retryable: true });
  });
});
