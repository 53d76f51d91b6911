// Alert delivery claims: one row per (alert, webhook) that some API process took on, so every process on
// the store, and every restart, delivers an alert to a webhook once. Webhook URLs are kept as SHA-256.
import { createHash } from 'node:crypto';
import type { SqlBackend } from './sql-backend.ts';

const webhookHash = (url: string) => createHash('sha256').update(url).digest('hex');

export function createAlertDeliveryQueries({ db }: SqlBackend, now: () => Date = () => new Date()) {
  return {
    async claim(alertId: string, webhookUrl: string): Promise<boolean> {
      // One INSERT: the primary key decides between concurrent claimers, whichever process they run in.
      const row = await db
        .insertInto('alert_deliveries')
        .values({ alert_id: alertId, webhook_hash: webhookHash(webhookUrl), claimed_at: now().toISOString() })
        .onConflict((oc) => oc.columns(['alert_id', 'webhook_hash']).doNothing())
        .returning('alert_id')
        .executeTakeFirst();
      return row !== undefined;
    },

    async release(alertId: string, webhookUrl: string): Promise<void> {
      await db.deleteFrom('alert_deliveries').where('alert_id', '=', alertId).where('webhook_hash', '=', webhookHash(webhookUrl)).execute();
    },

    async prune(before: string): Promise<number> {
      const result = await db.deleteFrom('alert_deliveries').where('claimed_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
