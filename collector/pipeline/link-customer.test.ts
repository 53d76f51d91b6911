import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/customer/customer.ts';
import type { Touchpoint } from '../../shared/journey/touchpoint.ts';
import { priorityOf } from '../../shared/priority/index.ts';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { linkCustomers } from './link-customer.ts';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const marta: Customer = { id: 'cus-marta', names: ['Marta Ruiz'], emails: ['marta@example.com'], handles: [{ platform: 'reddit', handle: 'marta_rz' }], crmIds: [] };
const call = (n: number, over: Partial<Touchpoint> = {}): Touchpoint => ({
  id: `tp-${n}`,
  externalId: `call-${n}`,
  customerId: marta.id,
  at: `2026-11-1${n}T10:00:00.000Z`,
  channel: 'phone',
  summary: 'El técnico no vino',
  outcome: 'unresolved',
  ...over,
});
const complaint = (over: Parameters<typeof makeMention>[0] = {}) =>
  makeMention({ author: { name: 'Marta Ruiz', handle: 'marta_rz' }, publishedAt: '2026-11-24T10:00:00.000Z', collectedAt: NOW.toISOString(), ...over });

let temp: TempStore;
beforeEach(async () => {
  temp = openTempStore();
  await temp.store.customers.saveCustomer(marta, NOW.toISOString());
});
afterEach(() => temp.close());

describe('linking mentions to customers in the pipeline', () => {
  it('links on the handle, never on a shared display name, and counts the known customer in the priority', async () => {
    const mine = complaint({ sentiment: { score: 0.4, label: 'positive', confidence: 0.7 } });
    const namesake = makeMention({ platform: 'mastodon', author: { name: 'Marta Ruiz', handle: 'marta@mastodon.social' } });
    const stranger = makeMention({ author: { handle: 'someone' } });
    const [linked, notLinked, untouched] = await linkCustomers([mine, namesake, stranger], temp.store.customers, NOW);
    expect(linked).toMatchObject({ customerId: marta.id });
    const base = priorityOf({ sentiment: mine.sentiment, publishedAt: mine.publishedAt, now: mine.collectedAt }).priority;
    expect(linked!.priority).toBeGreaterThan(base);
    expect(notLinked).toBe(namesake);
    expect(untouched).toBe(stranger);
    expect(await temp.store.customers.staleJourneyCustomers(5)).toEqual([marta.id]);
  });

  it("makes a churn-risk customer's public complaint a less-than-zero moment at the top of triage", async () => {
    await temp.store.customers.upsertTouchpoints([call(1), call(2)], NOW.toISOString());
    // Two bad calls and now a public complaint: the third bad experience.
    const [lzmot] = await linkCustomers([complaint({ moment: 'IMOT' })], temp.store.customers, NOW);
    expect(lzmot).toMatchObject({ customerId: marta.id, moment: 'LZMOT', urgency: 'now' });
    expect(lzmot!.priority).toBeGreaterThanOrEqual(80);
    expect(lzmot!.priorityWhy!.map((f) => f.factor)).toEqual(expect.arrayContaining(['urgency', 'churn-risk', 'known-customer']));
    expect(lzmot!.priorityWhy![0]!.en).toMatch(/^Needs a person now: a customer at churn risk/);
  });

  it('leaves complaints of customers without churn risk in their moment', async () => {
    await temp.store.customers.upsertTouchpoints([call(1), call(2, { outcome: 'resolved', summary: 'Instalación hecha' })], NOW.toISOString());
    const [linked] = await linkCustomers([complaint({ moment: 'IMOT' })], temp.store.customers, NOW);
    expect(linked).toMatchObject({ customerId: marta.id, moment: 'IMOT' });
    expect(linked!.priority).toBeLessThan(80);
  });

  it('asks the store nothing more when no author has a handle a customer holds', async () => {
    const mentions = [makeMention({ author: { handle: 'nobody_known' } }), makeMention({ author: { name: 'No handle' } })];
    expect(await linkCustomers(mentions, temp.store.customers, NOW)).toEqual(mentions);
    expect(await temp.store.customers.staleJourneyCustomers(5)).toEqual([]);
  });
});
