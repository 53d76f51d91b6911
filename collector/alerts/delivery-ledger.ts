// Which alert went to which webhook, so an alert raised twice (a replayed change, a second API process
// on the same store) is delivered once. In memory for now, bounded; a store-backed ledger can replace it.

export interface DeliveryLedger {
  /** True when this (alert, webhook) pair was not claimed before: the caller then delivers it. */
  claim(alertId: string, webhookUrl: string): Promise<boolean>;
  /** Gives a claim back after a delivery that finally failed, so a later raise may try again. */
  release(alertId: string, webhookUrl: string): Promise<void>;
}

/** @param limit how many pairs are remembered (oldest forgotten first). @default 10000 */
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
