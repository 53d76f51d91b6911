import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { identityKeysOfPerson } from '../../../db/identities.ts';
import { db } from '../../../db/vigia-db.ts';
import { makeCustomer, makeJourney, makeJourneyView } from '../../../sync/testing/journey-fixtures.ts';
import { cachedCustomersFor, findCachedCustomerId, forgetCachedCustomer, forgetOtherCollectorCustomers, readCachedJourney, storeCustomerJourney } from './journey-cache.ts';

const URL_A = 'http://127.0.0.1:8787';
const at = { collectorUrl: URL_A, fetchedAt: '2026-11-24T09:00:00.000Z' };

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

describe('journey cache', () => {
  it('stores a view across the four tables and reads the same view back', async () => {
    const view = makeJourneyView({ journeys: [makeJourney({ id: 'j-2' }), makeJourney({ id: 'j-1' })], currentJourneyId: 'j-2' });
    await storeCustomerJourney(view, at);
    expect(await db.identities.count()).toBe(5);
    expect(await db.touchpoints.count()).toBe(3);
    expect(await readCachedJourney('cust-marta', URL_A)).toEqual({ view, fetchedAt: at.fetchedAt, candidates: [] });
  });

  it('keeps the suggested authors through refreshes, dropping those linked since', async () => {
    const suggested = [
      { platform: 'reddit', handle: 'marta_r', mentionCount: 1, reason: 'same display name' },
      { platform: 'x', handle: 'martaruiz', mentionCount: 3, reason: 'same display name' },
    ];
    await storeCustomerJourney(makeJourneyView(), { ...at, candidates: suggested });
    const linked = makeJourneyView({ customer: makeCustomer({ handles: [...makeCustomer().handles, { platform: 'x', handle: 'martaruiz' }] }) });
    await storeCustomerJourney(linked, { ...at, fetchedAt: '2026-11-24T10:00:00.000Z' });
    expect((await readCachedJourney('cust-marta', URL_A))?.candidates).toEqual([suggested[0]]);
  });

  it('finds the customer by CRM id, e-mail or handle from a page, surest first', async () => {
    await storeCustomerJourney(makeJourneyView(), at);
    await storeCustomerJourney(makeJourneyView({ customer: makeCustomer({ id: 'cust-other', emails: ['other@example.com'], handles: [], crmIds: [{ system: 'zendesk', id: '1' }] }) }), at);
    const find = (person: Parameters<typeof identityKeysOfPerson>[0]) => findCachedCustomerId(identityKeysOfPerson(person), URL_A);
    expect(await find({ emails: [], handles: [], crmIds: [{ system: 'zendesk', id: '90377' }] })).toBe('cust-marta');
    expect(await find({ emails: ['MARTA@example.com'], handles: [] })).toBe('cust-marta');
    expect(await find({ emails: [], handles: [{ platform: 'reddit', handle: 'Marta_RZ' }] })).toBe('cust-marta');
    // The CRM id wins over an e-mail that belongs to someone else.
    expect(await find({ emails: ['marta@example.com'], handles: [], crmIds: [{ system: 'zendesk', id: '1' }] })).toBe('cust-other');
    expect(await find({ emails: ['nobody@example.com'], handles: [] })).toBeUndefined();
    expect(await findCachedCustomerId(['email:marta@example.com'], 'http://other:1')).toBeUndefined();
  });

  it('replaces a customer’s rows on refresh: moments and identities that are gone are gone', async () => {
    await storeCustomerJourney(makeJourneyView(), at);
    const fewer = makeJourneyView({ customer: makeCustomer({ handles: [] }), timeline: makeJourneyView().timeline.slice(0, 1) });
    await storeCustomerJourney(fewer, { ...at, fetchedAt: '2026-11-24T10:00:00.000Z' });
    expect(await db.touchpoints.count()).toBe(1);
    expect(await findCachedCustomerId(['handle:reddit:marta_rz'], URL_A)).toBeUndefined();
    expect((await readCachedJourney('cust-marta', URL_A))?.fetchedAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('forgets one customer, or every customer of another collector', async () => {
    await storeCustomerJourney(makeJourneyView(), at);
    await storeCustomerJourney(makeJourneyView({ customer: makeCustomer({ id: 'cust-b', emails: ['b@example.com'], handles: [], crmIds: [] }) }), { ...at, collectorUrl: 'http://old:1' });
    expect(await forgetOtherCollectorCustomers(URL_A)).toBe(1);
    expect(await db.customers.count()).toBe(1);
    await forgetCachedCustomer('cust-marta');
    expect([await db.customers.count(), await db.identities.count(), await db.touchpoints.count(), await db.journeys.count()]).toEqual([0, 0, 0, 0]);
  });

  it('tells which cached customers a mention belongs to, by customer id or author handle', async () => {
    await storeCustomerJourney(makeJourneyView(), at);
    expect(await cachedCustomersFor({ customerIds: [], handleKeys: ['reddit:marta_rz'] })).toEqual(['cust-marta']);
    expect(await cachedCustomersFor({ customerIds: ['cust-marta', 'cust-nobody'], handleKeys: ['x:someone'] })).toEqual(['cust-marta']);
  });
});
