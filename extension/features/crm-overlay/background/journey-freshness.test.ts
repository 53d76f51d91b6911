import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../../db/vigia-db.ts';
import { storeMentions } from '../../../sync/mention-store.ts';
import { makeJourneyView } from '../../../sync/testing/journey-fixtures.ts';
import { makeMention } from '../../../sync/testing/mention-fixtures.ts';
import { storeCustomerJourney } from './journey-cache.ts';
import { watchJourneyFreshness } from './journey-freshness.ts';

const URL_A = 'http://127.0.0.1:8787';
let refreshed: string[][];
let forgotten: number;
let stop: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  await storeCustomerJourney(makeJourneyView(), { collectorUrl: URL_A, fetchedAt: '2026-11-24T09:00:00.000Z' });
  refreshed = [];
  forgotten = 0;
  stop = watchJourneyFreshness({ refreshCustomers: async (ids) => void refreshed.push([...ids]), forgetUnknown: () => void forgotten++ }, { debounceMs: 10 });
});

afterEach(() => stop());

describe('journey freshness', () => {
  it('refreshes a cached customer once when mentions by their handle arrive, new or changed', async () => {
    const mine = makeMention({ author: { handle: 'marta_rz' } });
    await storeMentions([mine, makeMention({ author: { handle: 'marta_rz' } })], { collectorUrl: URL_A, cursor: 'c2' });
    await expect.poll(() => refreshed).toEqual([['cust-marta']]);
    await storeMentions([{ ...mine, triage: { status: 'responded', updatedAt: '2026-11-24T10:00:00.000Z' } }], { collectorUrl: URL_A });
    await expect.poll(() => refreshed).toEqual([['cust-marta'], ['cust-marta']]);
  });

  it('refreshes by the customer id the collector linked, and leaves strangers alone', async () => {
    await storeMentions([makeMention({ author: { handle: 'someone' }, customerId: 'cust-marta' })], { collectorUrl: URL_A });
    await expect.poll(() => refreshed).toEqual([['cust-marta']]);
    await storeMentions([makeMention({ author: { handle: 'stranger' } })], { collectorUrl: URL_A });
    await expect.poll(() => forgotten).toBe(2);
    expect(refreshed).toEqual([['cust-marta']]);
  });

  it('stops watching', async () => {
    stop();
    // A second watcher with the same delay shows when the first would have refreshed.
    const witness: string[][] = [];
    const stopWitness = watchJourneyFreshness({ refreshCustomers: async (ids) => void witness.push([...ids]), forgetUnknown: () => undefined }, { debounceMs: 10 });
    await storeMentions([makeMention({ author: { handle: 'marta_rz' } })], { collectorUrl: URL_A });
    await expect.poll(() => witness).toEqual([['cust-marta']]);
    stopWitness();
    expect(refreshed).toEqual([]);
  });
});
