import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../../db/vigia-db.ts';
import { DEFAULT_SETTINGS, type VigiaSettings } from '../../../settings/settings.ts';
import type { PersonIdentifiers } from '../../../sites/crm/person-identifiers.ts';
import { FakeCollector } from '../../../sync/testing/fake-collector.ts';
import { makeJourneyView } from '../../../sync/testing/journey-fixtures.ts';
import { createJourneyService, CustomerLinkError, lookupQueriesOf } from './journey-service.ts';

let collector: FakeCollector;
let clock: number;
let changes: number;
let settings: VigiaSettings;

const marta: PersonIdentifiers = { emails: ['marta@example.com'], handles: [], crmIds: [{ system: 'zendesk', id: '90377' }], name: 'Marta Ruiz' };
const carlos: PersonIdentifiers = { emails: ['carlos.m@example.es'], handles: [], crmIds: [{ system: 'hubspot', id: '5999' }], name: 'Carlos Martín' };
const lookups = () => collector.requests.filter((r) => r.path === '/api/customers/lookup').length;
const journeys = () => collector.requests.filter((r) => r.path.endsWith('/journey')).length;

function service() {
  return createJourneyService({
    loadSettings: async () => settings,
    fetchImpl: collector.fetch,
    now: () => new Date(clock),
    onChanged: async () => void changes++,
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  collector = new FakeCollector();
  collector.customers.put(makeJourneyView());
  settings = { ...DEFAULT_SETTINGS, collectorUrl: collector.url, token: collector.token };
  clock = Date.parse('2026-11-24T09:00:00Z');
  changes = 0;
});

describe('journey service', () => {
  it('asks by CRM id first, then e-mail with the name, then handles', () => {
    expect(lookupQueriesOf({ ...marta, handles: [{ platform: 'reddit', handle: 'marta_rz' }] })).toEqual([
      { crm: 'zendesk', crmId: '90377', name: 'Marta Ruiz' },
      { email: 'marta@example.com', name: 'Marta Ruiz' },
      { handle: 'marta_rz', platform: 'reddit', name: 'Marta Ruiz' },
    ]);
  });

  it('fetches an unknown customer from the collector once, then answers from Dexie', async () => {
    const journeysOf = service();
    const first = await journeysOf.journeyFor(marta);
    expect(first).toMatchObject({ kind: 'known', stale: false, journey: { customer: { id: 'cust-marta' }, journey: { id: 'j-move' }, risk: { churnRisk: true, badExperiences: 5 } } });
    expect([lookups(), journeys()]).toEqual([1, 1]);
    // Another page (another CRM) showing her e-mail only: no request at all.
    const second = await journeysOf.journeyFor({ emails: ['marta@example.com'], handles: [] });
    expect(second).toEqual(first);
    expect([lookups(), journeys()]).toEqual([1, 1]);
  });

  it('shows a stale copy at once and fetches a fresh one behind it', async () => {
    const journeysOf = service();
    await journeysOf.journeyFor(marta);
    collector.customers.put(makeJourneyView({ risk: { badExperiences: 6, churnRisk: true, windowDays: 90, evidence: { touchpointIds: [], mentionIds: [] } } }));
    clock += 5 * 60_000;
    const stale = await journeysOf.journeyFor(marta);
    expect(stale).toMatchObject({ kind: 'known', stale: true, journey: { risk: { badExperiences: 5 } } });
    await expect.poll(() => changes).toBe(1);
    expect(await journeysOf.journeyFor(marta)).toMatchObject({ kind: 'known', stale: false, journey: { risk: { badExperiences: 6 } } });
  });

  it('answers with candidates for nobody known, remembers that for a while, and can link one', async () => {
    collector.customers.authors.push({ platform: 'reddit', handle: 'carlos_mv', name: 'Carlos Martín', mentionCount: 2, reason: 'same display name' });
    const journeysOf = service();
    const unknown = await journeysOf.journeyFor(carlos);
    expect(unknown).toMatchObject({ kind: 'unknown', canLink: true, candidates: [{ handle: 'carlos_mv', reason: 'same display name' }] });
    const asked = lookups();
    await journeysOf.journeyFor(carlos);
    expect(lookups()).toBe(asked);

    const linked = await journeysOf.link({ person: { ...carlos, handles: [{ platform: 'reddit', handle: 'Carlos_MV' }] }, candidate: { platform: 'reddit', handle: 'carlos_mv' } });
    // The customer is created from the page without the candidate, which then arrives as a recorded link.
    expect(collector.requests.find((r) => r.path === '/api/touchpoints')?.body).toEqual({
      type: 'customer',
      names: ['Carlos Martín'],
      emails: ['carlos.m@example.es'],
      handles: [],
      crmIds: [{ system: 'hubspot', id: '5999' }],
    });
    expect(collector.requests.find((r) => r.path.endsWith('/links'))?.body).toEqual({ platform: 'reddit', handle: 'carlos_mv' });
    expect(linked).toMatchObject({ kind: 'known', journey: { customer: { names: ['Carlos Martín'], emails: ['carlos.m@example.es'], handles: [{ platform: 'reddit', handle: 'carlos_mv' }] } } });
    expect(changes).toBe(1);
    expect(await journeysOf.journeyFor(carlos)).toMatchObject({ kind: 'known' });
  });

  it('shows authors suggested beside a known customer, from the cache too, and links one to them', async () => {
    collector.customers.authors.push({ platform: 'x', handle: 'marta_x', name: 'Marta Ruiz', mentionCount: 1, reason: 'same display name' });
    const journeysOf = service();
    expect(await journeysOf.journeyFor(marta)).toMatchObject({ kind: 'known', candidates: [{ handle: 'marta_x' }] });
    expect(await journeysOf.journeyFor({ emails: ['marta@example.com'], handles: [] })).toMatchObject({ kind: 'known', candidates: [{ handle: 'marta_x' }] });
    const linked = await journeysOf.link({ person: marta, customerId: 'cust-marta', candidate: { platform: 'x', handle: 'marta_x' } });
    expect(linked).toMatchObject({ kind: 'known', candidates: [] });
  });

  it('links an author to a known customer by id', async () => {
    const journeysOf = service();
    const answer = await journeysOf.link({ person: marta, customerId: 'cust-marta', candidate: { platform: 'x', handle: 'Marta_X' } });
    expect(answer.kind === 'known' && answer.journey.customer.handles).toContainEqual({ platform: 'x', handle: 'marta_x' });
  });

  it('refuses to link when the page identifies nobody', async () => {
    await expect(service().link({ person: { emails: [], handles: [], name: 'Marta' }, candidate: { platform: 'reddit', handle: 'x' } })).rejects.toThrow(CustomerLinkError);
  });

  it('falls back to synced mentions when offline or not configured, and forgets an erased customer', async () => {
    const journeysOf = service();
    collector.offline = true;
    expect(await journeysOf.journeyFor(marta)).toMatchObject({ kind: 'unknown', offline: expect.stringMatching(/unreachable/), mentions: [] });
    collector.offline = false;
    await journeysOf.journeyFor(marta);
    expect(await db.customers.count()).toBe(1);

    collector.customers.delete('cust-marta');
    clock += 10 * 60_000;
    await journeysOf.journeyFor(marta);
    await expect.poll(() => db.customers.count()).toBe(0);

    settings = DEFAULT_SETTINGS;
    expect(await journeysOf.journeyFor(marta)).toEqual({ kind: 'not-configured', mentions: [] });
  });

  it('does not tell overlays anything when a refresh fails offline (they would ask again at once)', async () => {
    const journeysOf = service();
    await journeysOf.journeyFor(marta);
    collector.offline = true;
    await journeysOf.refreshCustomers(['cust-marta']);
    expect(changes).toBe(0);
    expect(await journeysOf.journeyFor(marta)).toMatchObject({ kind: 'known' });
  });
});
