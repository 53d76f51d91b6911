// The weekly digest inside `vigia start`: every quarter of an hour it checks the latest scheduled moment
// (digest-schedule.ts); each alert webhook that has not had that week's digest is claimed in the delivery
// ledger (the store's: once per webhook across processes and restarts) and gets it. A failed post gives
// its claim back, so the next check tries again.
import { AbortError } from 'p-retry';
import type { DeliveryLedger } from '../alerts/delivery-ledger.ts';
import { post } from '../alerts/webhook-delivery.ts';
import type { VigiaStore } from '../store/store.ts';
import { digestMessage } from './digest-message.ts';
import { latestDigestSlot } from './digest-schedule.ts';
import type { WeeklyDigestSettings } from './digest-settings.ts';
import type { WatchedBrand } from './load-share-of-voice.ts';
import { loadReport } from './report-data.ts';

/** How often the schedule is checked. */
export const DIGEST_CHECK_MS = 15 * 60_000;

export interface DigestDeps {
  store: VigiaStore;
  ledger: DeliveryLedger;
  settings: WeeklyDigestSettings;
  webhooks: readonly { url: string }[];
  brands: readonly WatchedBrand[];
  userAgent: string;
}

export interface DigestResult {
  slot: string;
  url: string;
  status: 'delivered' | 'duplicate' | 'failed';
  error?: string;
}

/** Sends the latest slot's digest to every webhook that has not had it; never throws for a webhook's failure. */
export async function sendDueDigest(deps: DigestDeps, now: Date): Promise<DigestResult[]> {
  const slot = latestDigestSlot(now, deps.settings);
  const claimed: string[] = [];
  const results: DigestResult[] = [];
  for (const { url } of deps.webhooks) {
    if (await deps.ledger.claim(slot.id, url)) claimed.push(url);
    else results.push({ slot: slot.id, url, status: 'duplicate' });
  }
  if (!claimed.length) return results;
  let body: string;
  try {
    const range = { from: slot.from, to: slot.at, ...(deps.settings.brand ? { brand: deps.settings.brand } : {}) };
    body = JSON.stringify(digestMessage(await loadReport(deps.store, deps.brands, range, now), deps.settings.lang, deps.settings.link));
  } catch (error) {
    for (const url of claimed) await deps.ledger.release(slot.id, url).catch(() => undefined);
    throw error;
  }
  for (const url of claimed) {
    try {
      await post(url, body, { userAgent: deps.userAgent });
      results.push({ slot: slot.id, url, status: 'delivered' });
    } catch (error) {
      await deps.ledger.release(slot.id, url).catch(() => undefined);
      const cause = error instanceof AbortError ? error.originalError : error;
      results.push({ slot: slot.id, url, status: 'failed', error: (cause as Error).message });
    }
  }
  return results;
}

/** Checks now and every DIGEST_CHECK_MS until stopped; results and errors go to the callbacks. */
export function startWeeklyDigest(deps: DigestDeps, opts: { everyMs?: number; onResult?: (r: DigestResult) => void; onError?: (error: unknown) => void } = {}): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      for (const result of await sendDueDigest(deps, new Date())) opts.onResult?.(result);
    } catch (error) {
      opts.onError?.(error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), opts.everyMs ?? DIGEST_CHECK_MS).unref();
  };
  void tick();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
