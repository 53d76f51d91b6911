// Keeps cached journeys fresh: every mention the sync writes (change feed or live stream) that belongs
// to a cached customer — by customer id or author handle — makes the background fetch their journey again.
import type { MentionRow } from '../../../db/mentions.ts';
import { db } from '../../../db/vigia-db.ts';
import { cachedCustomersFor } from './journey-cache.ts';
import type { JourneyService } from './journey-service.ts';

/** @default { debounceMs: 300 } — several mentions written together cost one refresh per customer. */
export interface FreshnessOptions {
  debounceMs?: number;
}

/** Starts watching the mentions table; returns the function that stops it. */
export function watchJourneyFreshness(service: Pick<JourneyService, 'refreshCustomers' | 'forgetUnknown'>, options: FreshnessOptions = {}): () => void {
  const { debounceMs = 300 } = options;
  const customerIds = new Set<string>();
  const handleKeys = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Hooks run inside the writing transaction: only note what changed, and look it up once it is over.
  const note = (row: Pick<MentionRow, 'mention' | 'handleKeys'>): void => {
    if (row.mention.customerId) customerIds.add(row.mention.customerId);
    for (const key of row.handleKeys) handleKeys.add(key);
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  async function flush(): Promise<void> {
    const ref = { customerIds: [...customerIds], handleKeys: [...handleKeys] };
    customerIds.clear();
    handleKeys.clear();
    service.forgetUnknown();
    const ids = await cachedCustomersFor(ref).catch(() => []);
    if (ids.length > 0) await service.refreshCustomers(ids).catch(() => undefined);
  }

  const onCreating = (_key: unknown, row: MentionRow): void => note(row);
  const onUpdating = (changes: object, _key: unknown, row: MentionRow): void => {
    const updated = (changes as Partial<MentionRow>).mention;
    note(updated ? { mention: updated, handleKeys: (changes as Partial<MentionRow>).handleKeys ?? row.handleKeys } : row);
  };
  db.mentions.hook('creating', onCreating);
  db.mentions.hook('updating', onUpdating);
  return () => {
    clearTimeout(timer);
    db.mentions.hook('creating').unsubscribe(onCreating);
    db.mentions.hook('updating').unsubscribe(onUpdating);
  };
}
