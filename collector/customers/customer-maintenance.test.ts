import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateConfig } from '../config.ts';
import { runCustomerMaintenance, startCustomerMaintenance } from './customer-maintenance.ts';
import { DEMO_NOW, importDemoExports, openTempStore, type TempStore } from './testing/customer-fixtures.ts';

let temp: TempStore;
beforeEach(async () => {
  temp = openTempStore();
  await importDemoExports(temp.store);
});
afterEach(() => temp.close());

const touchpointDates = async () => (await temp.store.sql.db.selectFrom('touchpoints').select('at').execute()).map((r) => r.at);

describe('customer maintenance', () => {
  it('drops touchpoints older than the retention days and re-stitches the journeys they were in', async () => {
    const journeysBefore = (await temp.store.customers.journeyStats({}, DEMO_NOW)).journeys;
    const run = await runCustomerMaintenance(temp.store.customers, { touchpointDays: 10, now: new Date(DEMO_NOW) });
    const kept = await touchpointDates();
    expect(run.touchpointsDeleted).toBeGreaterThan(0);
    expect(kept.length).toBe(36 - run.touchpointsDeleted);
    expect(kept.every((at) => at >= '2026-11-14T00:00:00.000Z')).toBe(true);
    expect(run.journeysRefreshed).toBeGreaterThan(0);
    expect(await temp.store.customers.staleJourneyCustomers(10)).toEqual([]);
    expect((await temp.store.customers.journeyStats({ to: '2026-11-14T00:00:00.000Z' }, DEMO_NOW)).journeys).toBe(0);
    expect((await temp.store.customers.journeyStats({}, DEMO_NOW)).journeys).toBeLessThan(journeysBefore);
  });

  it('keeps every touchpoint without a retention setting', async () => {
    expect(await runCustomerMaintenance(temp.store.customers, { now: new Date(DEMO_NOW) })).toEqual({ touchpointsDeleted: 0, journeysRefreshed: 0 });
    expect(await touchpointDates()).toHaveLength(36);
  });

  it('runs at once and then on its interval until stopped, reporting failures instead of throwing', async () => {
    const runs: unknown[] = [];
    const errors: unknown[] = [];
    const failing = { ...temp.store.customers, deleteTouchpointsBefore: () => Promise.reject(new Error('store: gone')) };
    const maintenance = startCustomerMaintenance(failing, { touchpointDays: 1, everyMs: 20, onRun: (r) => runs.push(r), onError: (e) => errors.push(e) });
    await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(2));
    maintenance.stop();
    expect(runs).toEqual([]);
    expect(String(errors[0])).toMatch(/store: gone/);
  });

  it('reads the retention setting from the config, optional and at least a day', () => {
    const brands = [{ name: 'Lumora', query: 'lumora' }];
    expect(validateConfig({ brands }).retention.touchpointDays).toBeUndefined();
    expect(validateConfig({ brands, retention: { touchpointDays: 365 } }).retention.touchpointDays).toBe(365);
    expect(() => validateConfig({ brands, retention: { touchpointDays: 0 } })).toThrow(/retention\.touchpointDays: must be at least 1 day/);
  });
});
