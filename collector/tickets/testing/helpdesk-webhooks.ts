// For tests (and the end-to-end run): each helpdesk's status notification as the vendor sends it — Zendesk's
// ticket.status_changed event signed over timestamp + body, HubSpot's v3-signed propertyChange list, Freshdesk's
// automation JSON and a Salesforce callout with the shared secret — ready to POST to the collector.
import { createHmac } from 'node:crypto';
import type { HelpdeskVendor } from '../../../shared/api/tickets.ts';

export interface HelpdeskNotification {
  method: 'POST';
  /** The path on the collector: /api/webhooks/<vendor>. */
  url: string;
  headers: Record<string, string>;
  payload: string;
}

export interface NotificationOptions {
  /** The webhook's signing secret (Zendesk), app secret (HubSpot) or shared secret (Freshdesk, Salesforce). */
  secret: string;
  /** The full URL HubSpot was told to call (it signs it). @default "http://localhost:80/api/webhooks/hubspot" */
  hubspotUrl?: string;
  /** How long ago it was signed, in ms (replays). @default 0 */
  age?: number;
  now?: number;
}

const hmac = (secret: string, message: string) => createHmac('sha256', secret).update(message).digest('base64');

/** Ticket `id` moved to `status`, in the vendor's own words ("SOLVED", "Resolved", stage "4", "Closed"). */
export function helpdeskNotification(vendor: HelpdeskVendor, id: string, status: string, opts: NotificationOptions): HelpdeskNotification {
  const now = opts.now ?? Date.now();
  const signedAt = now - (opts.age ?? 0);
  const url = `/api/webhooks/${vendor}`;
  const json = { 'content-type': 'application/json' };
  if (vendor === 'zendesk') {
    const payload = JSON.stringify({ type: 'zen:event-type:ticket.status_changed', detail: { id, status }, event: { current: status, previous: 'NEW' }, time: new Date(now).toISOString() });
    const timestamp = new Date(signedAt).toISOString();
    return { method: 'POST', url, payload, headers: { ...json, 'x-zendesk-webhook-signature': hmac(opts.secret, timestamp + payload), 'x-zendesk-webhook-signature-timestamp': timestamp } };
  }
  if (vendor === 'hubspot') {
    const payload = JSON.stringify([{ eventId: now, subscriptionType: 'ticket.propertyChange', objectId: Number(id), propertyName: 'hs_pipeline_stage', propertyValue: status, occurredAt: now }]);
    const timestamp = String(signedAt);
    const signedUrl = opts.hubspotUrl ?? `http://localhost:80${url}`;
    return { method: 'POST', url, payload, headers: { ...json, 'x-hubspot-signature-v3': hmac(opts.secret, `POST${signedUrl}${payload}${timestamp}`), 'x-hubspot-request-timestamp': timestamp } };
  }
  const payload = vendor === 'freshdesk'
    ? JSON.stringify({ freshdesk_webhook: { ticket_id: Number(id), ticket_status: status } })
    : JSON.stringify({ caseId: id, status, isClosed: status === 'Closed' });
  return { method: 'POST', url, payload, headers: { ...json, 'x-vigia-webhook-secret': opts.secret } };
}
