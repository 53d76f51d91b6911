import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { testEngines } from '../store/testing/test-databases.ts';
import type { StoreHarness } from '../store/testing/store-contract.ts';
import type { SqlStore } from '../store/sql-store.ts';
import { createAlertHub } from './alert-hub.ts';
import { alertSettingsSchema } from './alert-settings.ts';
import { createStoreLedger } from './delivery-ledger.ts';
import { startReceiver, type Receiver } from './testing/webhook-receiver.ts';
import { createWebhookDelivery } from './webhook-delivery.ts';

const now = () => new Date('2026-11-20T10:30:00.000Z');
const urgent = makeMention({ id: 'urgent', priority: 88, collectedAt: '2026-11-20T10:29:00.000Z', publishedAt: '2026-11-20T10:10:00.000Z' });

describe.each(await testEngines())('alert deliveries shared through the store ($name)', (engine) => {
  let harness: StoreHarness;
  let receiver: Receiver;
  beforeEach(async () => {
    harness = await engine.create();
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await harness.destroy();
  });

  /** One API process's alert hub: its own store handle, its own hub and delivery, the shared database. */
  const apiProcess = (store: SqlStore) => {
    const settings = alertSettingsSchema.parse({ webhooks: [{ url: receiver.url }] });
    return createAlertHub({ settings, now, delivery: createWebhookDelivery(settings, { ledger: createStoreLedger(store, { now }), userAgent: 'test', minDelayMs: 5, maxDelayMs: 20 }) });
  };

  it('posts an alert raised by two API processes once, and not again after a restart', async () => {
    const [first, second] = [apiProcess(await harness.open()), apiProcess(await harness.open())];
    // Both hear the same stored mention from the change feed at the same moment.
    expect([...first.consider(urgent), ...second.consider(urgent)].map((a) => a.id)).toEqual(['mention:urgent', 'mention:urgent']);
    const results = [...(await first.idle()), ...(await second.idle())];
    expect(results.map((r) => r.status).sort()).toEqual(['delivered', 'duplicate']);
    expect(receiver.bodies).toHaveLength(1);

    const restarted = apiProcess(await harness.open());
    expect(restarted.consider(urgent)).toHaveLength(1);
    expect((await restarted.idle()).map((r) => r.status)).toEqual(['duplicate']);
    expect(receiver.bodies).toHaveLength(1);
  });

  it('lets another process try again an alert whose delivery failed for good', async () => {
    receiver.script.push(400);
    const [first, second] = [apiProcess(await harness.open()), apiProcess(await harness.open())];
    first.consider(urgent);
    expect((await first.idle()).map((r) => r.status)).toEqual(['failed']);
    second.consider(urgent);
    expect((await second.idle()).map((r) => r.status)).toEqual(['delivered']);
    expect(receiver.bodies).toHaveLength(2);
  });
});

describe('store ledger', () => {
  it('prunes claims past the retention before a claim, at most once a day', async () => {
    let clock = Date.parse('2026-11-20T10:00:00.000Z');
    const cuts: string[] = [];
    const claimed = new Set<string>();
    const ledger = createStoreLedger(
      {
        claimAlertDelivery: async (id) => !claimed.has(id) && !!claimed.add(id),
        releaseAlertDelivery: async (id) => void claimed.delete(id),
        pruneAlertDeliveries: async (before) => (cuts.push(before), 0),
      },
      { now: () => new Date(clock), retentionDays: 30 },
    );
    expect(await ledger.claim('mention:a', 'http://127.0.0.1/hook')).toBe(true);
    clock += 3_600_000;
    expect(await ledger.claim('mention:a', 'http://127.0.0.1/hook')).toBe(false);
    clock += 86_400_000;
    await ledger.release('mention:a', 'http://127.0.0.1/hook');
    expect(await ledger.claim('mention:a', 'http://127.0.0.1/hook')).toBe(true);
    expect(cuts).toEqual(['2026-10-21T10:00:00.000Z', '2026-10-22T11:00:00.000Z']);
  });

  it('keeps claiming when a prune fails, and says so', async () => {
    const failures: unknown[] = [];
    const ledger = createStoreLedger(
      {
        claimAlertDelivery: async () => true,
        releaseAlertDelivery: async () => undefined,
        pruneAlertDeliveries: async () => Promise.reject(new Error('store: connection lost')),
      },
      { onPruneFailed: (e) => failures.push(e) },
    );
    expect(await ledger.claim('mention:a', 'http://127.0.0.1/hook')).toBe(true);
    expect(failures).toHaveLength(1);
  });
});
