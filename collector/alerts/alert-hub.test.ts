import { describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import type { Alert } from './alert.ts';
import { alertSettingsSchema } from './alert-settings.ts';
import { createAlertHub } from './alert-hub.ts';
import { createMemoryLedger } from './delivery-ledger.ts';
import { createWebhookDelivery } from './webhook-delivery.ts';
import { startReceiver } from './testing/webhook-receiver.ts';

const now = () => new Date('2026-11-20T10:30:00.000Z');
const fresh = { collectedAt: '2026-11-20T10:29:00.000Z', publishedAt: '2026-11-20T10:10:00.000Z' };

describe('alert hub', () => {
  it('publishes each alert once to listeners and webhooks, however often its mention comes back', async () => {
    const receiver = await startReceiver();
    const settings = alertSettingsSchema.parse({ webhooks: [{ url: receiver.url }] });
    const hub = createAlertHub({ settings, delivery: createWebhookDelivery(settings, { ledger: createMemoryLedger(), userAgent: 'test', minDelayMs: 5 }), now });
    const heard: Alert[] = [];
    const stop = hub.subscribe((a) => heard.push(a));
    const urgent = makeMention({ ...fresh, id: 'urgent', priority: 88 });
    expect(hub.consider(urgent).map((a) => a.id)).toEqual(['mention:urgent']);
    expect(hub.consider({ ...urgent, triage: { ...urgent.triage, updatedAt: '2026-11-20T10:29:30.000Z' } })).toEqual([]);
    expect((await hub.idle()).map((r) => r.status)).toEqual(['delivered']);
    expect(heard.map((a) => a.id)).toEqual(['mention:urgent']);
    expect(receiver.bodies).toHaveLength(1);
    stop();
    hub.consider(makeMention({ ...fresh, id: 'later', priority: 90 }));
    expect(heard).toHaveLength(1);
    expect(hub.recent().map((a) => a.id)).toEqual(['mention:urgent', 'mention:later']);
    await hub.idle();
    await receiver.close();
  });

  it('does not repeat, after a restart, a spike the seeded history had already reached', () => {
    const settings = alertSettingsSchema.parse({});
    const before = Array.from({ length: 6 }, (_, i) => makeMention({ ...fresh, id: `s${i}`, priority: 30 }));
    const restarted = createAlertHub({ settings, now });
    restarted.seed(before);
    expect(restarted.consider(makeMention({ ...fresh, id: 's6', priority: 30 }))).toEqual([]);
    const cold = createAlertHub({ settings, now });
    expect(before.flatMap((m) => cold.consider(m)).map((a) => a.kind)).toEqual(['spike']);
  });

  it('can have spike alerts turned off', () => {
    const hub = createAlertHub({ settings: alertSettingsSchema.parse({ spike: { enabled: false } }), now });
    expect(Array.from({ length: 8 }, (_, i) => hub.consider(makeMention({ ...fresh, id: `q${i}`, priority: 30 }))).flat()).toEqual([]);
  });
});
