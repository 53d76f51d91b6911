// POSTs alerts to the configured webhooks as Slack-compatible JSON: bounded retries with exponential
// backoff (p-retry) on network errors, timeouts, 408, 429 (honouring Retry-After) and 5xx; any other
// 4xx is final. Each (alert, webhook) pair is claimed in the ledger first, so nothing is sent twice.
import { setTimeout as sleep } from 'node:timers/promises';
import pRetry, { AbortError } from 'p-retry';
import { clampDelay } from '../duration.ts';
import { parseRetryAfter } from '../http/retry-after.ts';
import type { Alert } from './alert.ts';
import type { AlertSettings, WebhookSettings } from './alert-settings.ts';
import type { DeliveryLedger } from './delivery-ledger.ts';
import { toSlackMessage } from './slack-message.ts';
import { WebhookError } from './webhook-error.ts';

export interface DeliveryOptions {
  ledger: DeliveryLedger;
  userAgent: string;
  /** First retry delay in ms, doubled each time. @default 1000 */
  minDelayMs?: number;
  /** Longest wait between attempts, Retry-After included. @default 60000 */
  maxDelayMs?: number;
  /** Per-request timeout in ms. @default 10000 */
  timeoutMs?: number;
}

/** What happened to one alert at one webhook. */
export interface DeliveryResult {
  url: string;
  alertId: string;
  status: 'delivered' | 'skipped' | 'duplicate' | 'failed';
  attempts: number;
  error?: string;
}

/** Whether `webhook` wants `alert`: its kinds, and for mention alerts its priority floor. */
export function wants(webhook: WebhookSettings, alert: Alert, settings: Pick<AlertSettings, 'minPriority'>): boolean {
  if (!webhook.kinds.includes(alert.kind)) return false;
  // Spikes and recovery clocks about to run out always matter; mention alerts only above the floor.
  return alert.kind !== 'mention' || alert.priority >= (webhook.minPriority ?? settings.minPriority);
}

/** One POST of a JSON body; a WebhookError (an AbortError around it when retrying cannot help) otherwise. */
export async function post(url: string, body: string, opts: Pick<DeliveryOptions, 'userAgent' | 'timeoutMs'>): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': opts.userAgent }, body, signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new WebhookError(`${new URL(url).host} could not be reached: ${cause}`);
  }
  await response.body?.cancel();
  if (response.ok) return;
  const failure = new WebhookError(`${new URL(url).host} answered ${response.status}`, response.status, parseRetryAfter(response.headers.get('retry-after')));
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) throw new AbortError(failure);
  throw failure;
}

export function createWebhookDelivery(settings: AlertSettings, opts: DeliveryOptions) {
  const maxDelayMs = opts.maxDelayMs ?? 60_000;

  async function deliverTo(webhook: WebhookSettings, alert: Alert): Promise<DeliveryResult> {
    const base = { url: webhook.url, alertId: alert.id };
    if (!wants(webhook, alert, settings)) return { ...base, status: 'skipped', attempts: 0 };
    let claimed: boolean;
    try {
      claimed = await opts.ledger.claim(alert.id, webhook.url);
    } catch (error) {
      // Without a claim another process may be sending it: better unsent (and reported) than sent twice.
      return { ...base, status: 'failed', attempts: 0, error: `alerts: the delivery could not be claimed: ${(error as Error).message}` };
    }
    if (!claimed) return { ...base, status: 'duplicate', attempts: 0 };
    const body = JSON.stringify(toSlackMessage(alert));
    let attempts = 0;
    try {
      await pRetry(
        async () => {
          attempts++;
          await post(webhook.url, body, opts);
        },
        {
          retries: settings.retries,
          minTimeout: opts.minDelayMs ?? 1000,
          maxTimeout: clampDelay(maxDelayMs),
          factor: 2,
          randomize: true,
          unref: true,
          onFailedAttempt: async ({ error, retriesLeft }) => {
            const wait = error instanceof WebhookError && retriesLeft > 0 ? error.retryAfterMs : undefined;
            if (wait) await sleep(clampDelay(Math.min(wait, maxDelayMs)), undefined, { ref: false });
          },
        },
      );
      return { ...base, status: 'delivered', attempts };
    } catch (error) {
      // A claim that cannot be given back only costs the retry of a later raise.
      await opts.ledger.release(alert.id, webhook.url).catch(() => undefined);
      return { ...base, status: 'failed', attempts, error: (error as Error).message };
    }
  }

  return {
    /** Sends `alert` to every webhook that wants it, in parallel; never throws. */
    deliver: (alert: Alert): Promise<DeliveryResult[]> => Promise.all(settings.webhooks.map((w) => deliverTo(w, alert))),
  };
}

export type WebhookDelivery = ReturnType<typeof createWebhookDelivery>;
