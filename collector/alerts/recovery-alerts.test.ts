// The recovery clock's alert: raised once when a known customer's 48 h are about to run out and nobody has
// responded — through the alert hub and its webhooks — and never again, not by a second process nor after
// a restart; not raised when the mention was answered or its ticket was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { makeMention } from '../testing/mention-factory.ts';
import type { Alert } from './alert.ts';
import { alertSettingsSchema } from './alert-settings.ts';
import { createAlertHub } from './alert-hub.ts';
import { createMemoryLedger } from './delivery-ledger.ts';
import { dueRecoveryAlerts, startRecoveryAlerts } from './recovery-alerts.ts';
import { startReceiver } from './testing/webhook-receiver.ts';
import { createWebhookDelivery } from './webhook-delivery.ts';

let temp: TempStore;
beforeEach(() => {
  temp = openTempStore();
});
afterEach(() => temp.close());

const START = Date.parse('2026-11-20T10:00:00.000Z');
const H = (hours: number) => new Date(START + hours * 3_600_000);

describe('recovery alerts', () => {
  it('raise once, through the hub and its webhooks, when a clock has 6 h left and nobody responded', async () => {
    const complaint = makeMention({ id: 'complaint', customerId: 'cus_1', publishedAt: H(0).toISOString(), author: { name: 'Marta', handle: 'marta_rz' }, priority: 60 });
    await temp.store.insertMentions([complaint]);
    const receiver = await startReceiver();
    const settings = alertSettingsSchema.parse({ webhooks: [{ url: receiver.url, kinds: ['recovery'] }] });
    let now = H(41);
    const hub = createAlertHub({ settings, delivery: createWebhookDelivery(settings, { ledger: createMemoryLedger(), userAgent: 'test', minDelayMs: 5 }), now: () => now });
    const heard: Alert[] = [];
    hub.subscribe((a) => heard.push(a));
    const alerts = startRecoveryAlerts({ store: temp.store, hub, hoursLeft: 6, everyMs: 3_600_000, now: () => now, log: () => undefined });
    alerts.stop();
    // 7 h left: too early.
    expect(await alerts.check()).toEqual([]);
    now = H(43);
    const raised = await alerts.check();
    expect(raised).toEqual([
      expect.objectContaining({ id: 'recovery:Lumora:complaint', kind: 'recovery', brand: 'Lumora', recovery: { customerId: 'cus_1', deadline: H(48).toISOString(), hoursLeft: 5 }, summary: expect.stringMatching(/^Recovery clock for @marta_rz runs out in 5 h/) }),
    ]);
    expect(heard.map((a) => a.id)).toEqual(['recovery:Lumora:complaint']);
    expect((await hub.idle()).map((r) => r.status)).toEqual(['delivered']);
    expect(receiver.bodies).toHaveLength(1);
    // Once: the next look, a second process's hub, and a restarted one raise nothing.
    now = H(44);
    expect(await alerts.check()).toEqual([]);
    const otherHub = createAlertHub({ settings: alertSettingsSchema.parse({}), now: () => now });
    const other = startRecoveryAlerts({ store: temp.store, hub: otherHub, hoursLeft: 6, now: () => now, log: () => undefined });
    other.stop();
    expect(await other.check()).toEqual([]);
    await receiver.close();
  });

  it('are not due once someone responded, the ticket was answered, or the clock stopped', async () => {
    const base = { customerId: 'cus_2', publishedAt: H(0).toISOString() };
    const triaged = makeMention({ ...base, id: 'triaged', customerId: 'cus_2', triage: { status: 'responded', updatedAt: H(1).toISOString() } });
    const ticketed = makeMention({ ...base, id: 'ticketed', customerId: 'cus_3', ticket: { helpdesk: 'zd', vendor: 'zendesk', id: '1', status: 'answered', createdAt: H(1).toISOString(), updatedAt: H(2).toISOString() } });
    const recovered = makeMention({ ...base, id: 'recovered', customerId: 'cus_4' });
    const thanks = makeMention({ id: 'thanks', customerId: 'cus_4', publishedAt: H(3).toISOString(), sentiment: { score: 0.6, label: 'positive', confidence: 0.9 } });
    const waiting = makeMention({ ...base, id: 'waiting', customerId: 'cus_5' });
    await temp.store.insertMentions([triaged, ticketed, recovered, thanks, waiting]);
    expect((await dueRecoveryAlerts(temp.store, 6, H(43))).map((a) => a.id)).toEqual(['recovery:Lumora:waiting']);
    // Past the deadline the clock is lost: too late to alert.
    expect(await dueRecoveryAlerts(temp.store, 6, H(49))).toEqual([]);
  });
});
