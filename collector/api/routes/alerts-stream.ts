// Alerts in the API: raised from the change feed (so mentions stored by any collector on the same store
// count), sent on GET /api/stream as `event: alert` frames next to the mention events, listed by
// GET /api/alerts, and POSTed to the configured webhooks once per store. Alert frames carry no `id:`, so a
// client's Last-Event-ID keeps following the mention change feed; after a reconnect, GET /api/alerts catches up.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { alertListAnswerSchema } from '../../../shared/api/alerts.ts';
import { toStreamFrame } from '../../../shared/api/stream.ts';
import { createAlertHub, recentNegatives, type AlertHub } from '../../alerts/alert-hub.ts';
import { defaultAlertSettings, type AlertSettings } from '../../alerts/alert-settings.ts';
import type { Alert } from '../../alerts/alert.ts';
import { createStoreLedger } from '../../alerts/delivery-ledger.ts';
import { createWebhookDelivery } from '../../alerts/webhook-delivery.ts';
import { defaultCollectorSettings } from '../../config.ts';
import type { VigiaStore } from '../../store/store.ts';
import type { ChangeFeed } from '../change-feed.ts';

// No `id:`: alerts do not move the client's change-feed cursor.
const frame = (alert: Alert) => toStreamFrame({ type: 'alert', data: alert });

export function alertRoutes(app: FastifyInstance, store: VigiaStore, changes: ChangeFeed, settings: AlertSettings = defaultAlertSettings()): AlertHub {
  // Claims live in the store: a restart, or another API process on the same store, never posts an alert twice.
  const ledger = createStoreLedger(store, { onPruneFailed: (error) => app.log.warn(`alerts: old delivery claims not pruned: ${(error as Error).message}`) });
  const delivery = settings.webhooks.length ? createWebhookDelivery(settings, { ledger, userAgent: defaultCollectorSettings().userAgent }) : undefined;
  const hub = createAlertHub({
    settings,
    delivery,
    onDeliveryFailed: (r) => app.log.warn(`alerts: ${r.alertId} not delivered to ${new URL(r.url).host} after ${r.attempts} attempts: ${r.error}`),
  });
  // The spike baseline comes from the store first; mentions arriving meanwhile wait for it, in order.
  const ready = recentNegatives(store, settings.spike.baselineHours + 1, new Date())
    .then((negatives) => hub.seed(negatives))
    .catch((error: unknown) => app.log.warn(`alerts: spike baseline not loaded: ${(error as Error).message}`));
  const unsubscribe = changes.subscribe((mention) => void ready.then(() => hub.consider(mention)));

  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/api/stream') return;
    const res = reply.raw;
    // The stream route writes its headers as it starts; an alert never goes out before them.
    const stop = hub.subscribe((alert) => res.headersSent && !res.writableEnded && res.write(frame(alert)));
    request.raw.on('close', stop);
  });

  app.get('/api/alerts', async (): Promise<z.infer<typeof alertListAnswerSchema>> => ({ items: hub.recent().reverse() }));

  app.addHook('onClose', async () => {
    unsubscribe();
    hub.close();
  });
  return hub;
}
