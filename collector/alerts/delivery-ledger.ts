// Which alert went to which webhook, so an alert raised twice (a replayed change, a restart, a second API
// process on the same store) is delivered once. The API keeps it in the store; tests may keep it in memory.
import type { VigiaStore } from '../store/store.ts';

export interface DeliveryLedger {
  /** True when this (alert, webhook) pair was not claimed before: the caller then delivers it. */
  claim(alertId: string, webhookUrl: string): Promise<boolean>;
  /** Gives a claim back after a delivery that finally failed, so a later raise may try again. */
  release(alertId: string, webhookUrl: string): Promise<void>;
}

const DAY_MS = 86_400_000;

export interface StoreLedgerOptions {
  /**
   * Claims older than this many days are pruned (at most once a day, before a claim). Far longer than an
   * alert can be raised again: mention alerts only for mentions collected in the last two hours, spikes
   * only within their hour. @default 30
   */
  retentionDays?: number;
  now?: () => Date;
  /** A prune failed; claims keep working and the next day's prune tries again. */
  onPruneFailed?: (error: unknown) => void;
}

/** The ledger every API process on one store shares: a claim is a row whose primary key only one can insert. */
export function createStoreLedger(
  store: Pick<VigiaStore, 'claimAlertDelivery' | 'releaseAlertDelivery' | 'pruneAlertDeliveries'>,
  opts: StoreLedgerOptions = {},
): DeliveryLedger {
  const now = opts.now ?? (() => new Date());
  const keepMs = (opts.retentionDays ?? 30) * DAY_MS;
  let prunedAt = Number.NEGATIVE_INFINITY;
  const pruneDaily = async () => {
    const at = now().getTime();
    if (at - prunedAt < DAY_MS) return;
    prunedAt = at;
    try {
      await store.pruneAlertDeliveries(new Date(at - keepMs).toISOString());
    } catch (error) {
      opts.onPruneFailed?.(error);
    }
  };
  return {
    async claim(alertId, url) {
      await pruneDaily();
      return store.claimAlertDelivery(alertId, url);
    },
    release: (alertId, url) => store.releaseAlertDelivery(alertId, url),
  };
}

/** For tests and tools without a store. @param limit how many pairs are remembered (oldest forgotten first). @default 10000 */
export function createMemoryLedger(limit = 10_000): DeliveryLedger {
  const claimed = new Set<string>();
  const key = (alertId: string, url: string) => `${alertId}\u0000${url}`;
  return {
    async claim(alertId, url) {
      const k = key(alertId, url);
      if (claimed.has(k)) return false;
      claimed.add(k);
      if (claimed.size > limit) claimed.delete(claimed.values().next().value!);
      return true;
    },
    async release(alertId, url) {
      claimed.delete(key(alertId, url));
    },
  };
}
