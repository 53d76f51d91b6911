import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from './alert.ts';
import { alertSettingsSchema } from './alert-settings.ts';
import { createMemoryLedger } from './delivery-ledger.ts';
import { createWebhookDelivery } from './webhook-delivery.ts';
import { startReceiver, type Receiver } from './testing/webhook-receiver.ts';

const alert = (id: string, priority = 80, kind: Alert['kind'] = 'mention'): Alert => ({ id, kind, raisedAt: '2026-11-20T10:30:00.000Z', priority, summary: `alert ${id}` });

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

const deliveryTo = (webhooks: unknown[], retries = 3) =>
  createWebhookDelivery(alertSettingsSchema.parse({ webhooks, retries }), { ledger: createMemoryLedger(), userAgent: 'Vigia-test', minDelayMs: 5, maxDelayMs: 20 });

describe('webhook delivery', () => {
  it('retries 5xx with backoff until the receiver takes it, then never sends the same alert twice', async () => {
    receiver.script.push(503, 502);
    const delivery = deliveryTo([{ url: receiver.url }]);
    expect(await delivery.deliver(alert('mention:a'))).toEqual([{ url: receiver.url, alertId: 'mention:a', status: 'delivered', attempts: 3 }]);
    expect(receiver.bodies).toHaveLength(3);
    expect(receiver.bodies[2]).toMatchObject({ text: ':rotating_light: alert mention:a', blocks: [{ type: 'section' }] });
    expect(await delivery.deliver(alert('mention:a'))).toEqual([{ url: receiver.url, alertId: 'mention:a', status: 'duplicate', attempts: 0 }]);
    expect(receiver.bodies).toHaveLength(3);
  });

  it('gives up at once on a client error, after the bounded retries on server errors, and may try again later', async () => {
    receiver.script.push(400);
    const delivery = deliveryTo([{ url: receiver.url }], 2);
    expect(await delivery.deliver(alert('mention:b'))).toEqual([{ url: receiver.url, alertId: 'mention:b', status: 'failed', attempts: 1, error: `alerts: 127.0.0.1:${new URL(receiver.url).port} answered 400` }]);
    receiver.script.push(500, 500, 500);
    const [down] = await delivery.deliver(alert('mention:c'));
    expect(down).toMatchObject({ status: 'failed', attempts: 3 });
    expect(receiver.bodies).toHaveLength(4);
    expect((await delivery.deliver(alert('mention:c')))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('sends each webhook only the kinds and priorities it asked for', async () => {
    const other = await startReceiver();
    const delivery = deliveryTo([{ url: receiver.url, minPriority: 90 }, { url: other.url, kinds: ['spike'] }]);
    const results = [...(await delivery.deliver(alert('mention:d', 85))), ...(await delivery.deliver(alert('spike:Lumora:2026-11-20T10:00:00.000Z', 100, 'spike')))];
    expect(results.map((r) => [r.url === receiver.url ? 'first' : 'second', r.alertId, r.status])).toEqual([
      ['first', 'mention:d', 'skipped'],
      ['second', 'mention:d', 'skipped'],
      ['first', 'spike:Lumora:2026-11-20T10:00:00.000Z', 'delivered'],
      ['second', 'spike:Lumora:2026-11-20T10:00:00.000Z', 'delivered'],
    ]);
    await other.close();
  });

  it('reports an unreachable webhook as failed without throwing', async () => {
    await receiver.close();
    const [result] = await deliveryTo([{ url: receiver.url }], 1).deliver(alert('mention:e'));
    expect(result).toMatchObject({ status: 'failed', attempts: 2, error: expect.stringMatching(/^alerts: 127\.0\.0\.1:\d+ could not be reached: ECONNREFUSED/) });
    receiver = await startReceiver();
  });
});
