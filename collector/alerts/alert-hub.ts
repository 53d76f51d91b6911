// Where alerts are raised and fanned out: every stored or changed mention passes through consider();
// each new alert (by id) goes to live listeners (the SSE stream) and to the webhooks. Seeded from the
// store at start, so a restart neither forgets the spike baseline nor repeats a spike already reached.
import type { Mention } from '../../shared/mention.ts';
import type { VigiaStore } from '../store/store.ts';
import type { Alert } from './alert.ts';
import type { AlertSettings } from './alert-settings.ts';
import { negativeSamples, raiseAlerts } from './raise-alerts.ts';
import { createSpikeDetector } from './spike-detector.ts';
import type { DeliveryResult, WebhookDelivery } from './webhook-delivery.ts';

export type AlertListener = (alert: Alert) => void;

export interface AlertHub {
  /** Considers a new or changed mention; alerts it raises are published at once. */
  consider(mention: Mention): Alert[];
  /** Publishes an alert raised elsewhere (a recovery clock); false when one with its id was already published. */
  raise(alert: Alert): boolean;
  subscribe(listener: AlertListener): () => void;
  /** The latest alerts, newest last (at most `keep`). */
  recent(): Alert[];
  /** Resolves when every webhook delivery started so far has finished. */
  idle(): Promise<DeliveryResult[]>;
  close(): void;
}

export interface AlertHubOptions {
  settings: AlertSettings;
  delivery?: WebhookDelivery;
  now?: () => Date;
  /** Alerts kept for recent(). @default 100 */
  keep?: number;
  /** Told about each delivery that failed for good. */
  onDeliveryFailed?: (result: DeliveryResult) => void;
}

export function createAlertHub(opts: AlertHubOptions): AlertHub & { seed(mentions: readonly Mention[]): void } {
  const now = opts.now ?? (() => new Date());
  const keep = opts.keep ?? 100;
  const spikes = opts.settings.spike.enabled ? createSpikeDetector(opts.settings.spike) : undefined;
  const listeners = new Set<AlertListener>();
  const published = new Set<string>();
  const latest: Alert[] = [];
  let inFlight: Promise<DeliveryResult[]>[] = [];

  const publish = (alert: Alert) => {
    published.add(alert.id);
    if (published.size > 10_000) published.delete(published.values().next().value!);
    latest.push(alert);
    if (latest.length > keep) latest.shift();
    for (const listener of listeners) listener(alert);
    if (!opts.delivery) return;
    const delivering = opts.delivery.deliver(alert).then((results) => {
      for (const r of results) if (r.status === 'failed') opts.onDeliveryFailed?.(r);
      return results;
    });
    inFlight.push(delivering);
  };

  return {
    consider(mention) {
      const fresh = raiseAlerts(mention, opts.settings, spikes, now()).filter((a) => !published.has(a.id));
      fresh.forEach(publish);
      return fresh;
    },
    raise(alert) {
      if (published.has(alert.id)) return false;
      publish(alert);
      return true;
    },
    seed(mentions) {
      spikes?.seed(mentions.flatMap(negativeSamples), now().getTime());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recent: () => [...latest],
    async idle() {
      const pending = inFlight;
      inFlight = [];
      return (await Promise.all(pending)).flat();
    },
    close() {
      listeners.clear();
    },
  };
}

/** Negative mentions of the last `hours` hours from the store, newest first, for seeding the spike baseline. */
export async function recentNegatives(store: VigiaStore, hours: number, now: Date): Promise<Mention[]> {
  const publishedSince = new Date(now.getTime() - hours * 3_600_000).toISOString();
  const out: Mention[] = [];
  for (let position: Parameters<VigiaStore['listMentions']>[1] | undefined = { mode: 'newest', publishedSince }; position && out.length < 50_000; ) {
    const page = await store.listMentions({ sentiment: 'negative' }, position, 500);
    out.push(...page.items);
    position = page.next;
  }
  return out;
}
