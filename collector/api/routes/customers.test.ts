import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerJourneyViewSchema, type CustomerJourneyView, type CustomerLookupResult } from '../../../shared/api/journey-view.ts';
import { importDemoExports } from '../../customers/testing/customer-fixtures.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import type { Api } from '../server.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let temp: ApiFixture;
let api: Api;
let auth: { authorization: string };
const martaPost = makeMention({ author: { name: 'Marta R.', handle: 'marta_rz' }, text: 'Tercera cita sin técnico: me cambio a Nubitel', publishedAt: '2026-11-23T09:00:00.000Z' });
const namesake = makeMention({ platform: 'mastodon', author: { name: 'James Porter', handle: 'jp@mastodon.social' }, publishedAt: '2026-11-22T09:00:00.000Z' });

beforeEach(async () => {
  temp = await openApiFixture({}, 'ana');
  ({ api, auth } = temp);
  await temp.store.insertMentions([martaPost, namesake]);
  await importDemoExports(temp.store);
});
afterEach(() => temp.close());

const get = async <T>(url: string) => {
  const res = await api.app.inject({ url, headers: auth });
  return { status: res.statusCode, body: res.json() as T };
};
const send = async <T>(method: 'POST' | 'DELETE', url: string, payload: unknown) => {
  const res = await api.app.inject({ method, url, headers: auth, payload: payload as object });
  return { status: res.statusCode, body: res.json() as T };
};

describe('customer lookup', () => {
  it('finds a customer by e-mail, handle and platform, or CRM id, with unlinked namesakes as candidates', async () => {
    const byEmail = await get<CustomerLookupResult>('/api/customers/lookup?email=james.porter@example.co.uk');
    expect(byEmail.status).toBe(200);
    const james = byEmail.body.customer!;
    expect(james.names).toEqual(['James Porter']);
    expect(byEmail.body.candidates).toEqual([expect.objectContaining({ platform: 'mastodon', handle: 'jp@mastodon.social', reason: 'same display name', mentionCount: 1 })]);
    expect((await get<CustomerLookupResult>('/api/customers/lookup?handle=@JamesP_UK&platform=reddit')).body.customer?.id).toBe(james.id);
    expect((await get<CustomerLookupResult>('/api/customers/lookup?crm=hubspot&crmId=5102')).body.customer?.id).toBe(james.id);
  });

  it('answers null with candidates when no hard identifier matches, and 400 without any identifier', async () => {
    const unknown = await get<CustomerLookupResult>('/api/customers/lookup?email=nobody@example.com&name=James%20Porter');
    expect(unknown.body).toEqual({ customer: null, candidates: [expect.objectContaining({ handle: 'jp@mastodon.social' })] });
    const bad = await get<{ error: string; issues: { path: string }[] }>('/api/customers/lookup?platform=reddit');
    expect(bad.status).toBe(400);
    expect((await get<{ issues: { path: string }[] }>('/api/customers/lookup?handle=x')).body.issues.map((i) => i.path)).toEqual(['platform']);
    expect((await api.app.inject({ url: '/api/customers/lookup?email=marta@example.com' })).statusCode).toBe(401);
  });
});

describe('customer journey', () => {
  it("tells Marta's story: one installation journey across channels, churn risk, and her post on the timeline", async () => {
    const { customer } = (await get<CustomerLookupResult>('/api/customers/lookup?email=marta@example.com')).body;
    const { status, body: view } = await get<CustomerJourneyView>(`/api/customers/${customer!.id}/journey`);
    expect(status).toBe(200);
    // What the extension reads it with keeps all of it.
    expect(customerJourneyViewSchema.parse(view)).toEqual(view);
    expect(view.risk).toMatchObject({ churnRisk: true });
    const current = view.journeys.find((j) => j.id === view.currentJourneyId)!;
    expect(current).toMatchObject({ type: 'installation', momentIds: expect.arrayContaining([martaPost.id]) });
    expect(current.metrics.channels).toEqual(expect.arrayContaining(['web', 'email', 'chat', 'phone', 'ticket', 'social']));
    expect(view.timeline.find((e) => e.kind === 'mention')).toMatchObject({ id: martaPost.id, platform: 'reddit', channel: 'social', moment: 'LZMOT' });
    expect(view.timeline.map((e) => e.at)).toEqual([...view.timeline.map((e) => e.at)].sort().reverse());
    expect(view.mentions.map((m) => m.id)).toEqual([martaPost.id]);
    expect((await get('/api/customers/nobody/journey')).status).toBe(404);
  });

  it('moves a moment to another journey, and refuses moments that are not on the timeline', async () => {
    const { customer } = (await get<CustomerLookupResult>('/api/customers/lookup?email=marta@example.com')).body;
    const url = `/api/customers/${customer!.id}/journey/moves`;
    const moved = await send<CustomerJourneyView>('POST', url, { momentId: martaPost.id, journeyId: 'public-complaints' });
    expect(moved.status).toBe(200);
    expect(moved.body.journeys.find((j) => j.id === 'public-complaints')?.momentIds).toEqual([martaPost.id]);
    expect(moved.body.timeline.find((e) => e.id === martaPost.id)?.journeyId).toBe('public-complaints');
    expect((await send('POST', url, { momentId: namesake.id, journeyId: 'x' })).status).toBe(404);
    expect((await send<{ issues: { path: string }[] }>('POST', url, { momentId: martaPost.id, journeyId: 'no spaces' })).body.issues[0]?.path).toBe('journeyId');
  });
});

describe('identity links and erasure', () => {
  it('links an author with who and when, and unlinks back to exactly the state before', async () => {
    const { customer } = (await get<CustomerLookupResult>('/api/customers/lookup?email=james.porter@example.co.uk')).body;
    const url = `/api/customers/${customer!.id}/links`;
    const before = (await get(`/api/mentions/${namesake.id}`)).body;
    const linked = await send<{ handles: unknown[] }>('POST', url, { platform: 'mastodon', handle: '@jp@mastodon.social' });
    expect(linked.status).toBe(200);
    expect(linked.body.handles).toContainEqual({ platform: 'mastodon', handle: 'jp@mastodon.social' });
    expect((await get<{ customerId?: string }>(`/api/mentions/${namesake.id}`)).body.customerId).toBe(customer!.id);
    const link = await temp.store.sql.db.selectFrom('identity_links').selectAll().where('customer_id', '=', customer!.id).executeTakeFirst();
    expect(link).toMatchObject({ linked_by: 'ana', value: 'jp@mastodon.social' });
    const unlinked = await send<{ handles: unknown[] }>('DELETE', url, { platform: 'mastodon', handle: 'jp@mastodon.social' });
    expect(unlinked.body).toEqual(customer);
    expect((await get(`/api/mentions/${namesake.id}`)).body).toEqual(before);
    expect((await send<{ issues: unknown[] }>('POST', url, { email: 'a@example.com', handle: 'x' })).status).toBe(400);
    expect((await send('POST', '/api/customers/nobody/links', { email: 'a@example.com' })).status).toBe(404);
    expect((await send('POST', url, { email: 'marta@example.com' })).status).toBe(200);
  });

  it('erases a customer and answers what went, leaving the public mention unlinked', async () => {
    const { customer } = (await get<CustomerLookupResult>('/api/customers/lookup?email=marta@example.com')).body;
    const res = await api.app.inject({ method: 'DELETE', url: `/api/customers/${customer!.id}`, headers: auth });
    expect(res.json()).toEqual({ deleted: { customers: 1, identities: 5, touchpoints: 11, links: 0 } });
    expect((await get<{ customerId?: string }>(`/api/mentions/${martaPost.id}`)).body.customerId).toBeUndefined();
    expect((await get('/api/customers/lookup?email=marta@example.com')).body).toEqual({ customer: null, candidates: [] });
    expect((await api.app.inject({ method: 'DELETE', url: `/api/customers/${customer!.id}`, headers: auth })).statusCode).toBe(404);
  });
});
