// Where the seen marks live: a Dexie table of seen mention ids (shared by the inbox pages and the
// background), and the baseline instant before which nothing counts as a new arrival.
import { storage } from '#imports';
import { liveQuery, type Observable } from 'dexie';
import { db } from '../../db/vigia-db.ts';
import { IMMEDIACY_HOURS } from '../../../shared/priority/index.ts';

/**
 * Mentions collected before this instant are not new arrivals: set the first time the extension runs, to
 * 48 h before then (what is still answerable counts as new; older history does not).
 */
export const seenSinceItem = storage.defineItem<string>('local:inboxSeenSince', {
  version: 1,
  init: () => new Date(Date.now() - IMMEDIACY_HOURS * 3_600_000).toISOString(),
});

/** Marks mentions seen now (already seen ones keep their first time). */
export async function markSeen(ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const seenAt = new Date().toISOString();
  return db.transaction('rw', db.seenMentions, async () => {
    const known = new Set(await db.seenMentions.where('id').anyOf([...ids]).primaryKeys());
    const fresh = [...new Set(ids)].filter((id) => !known.has(id));
    await db.seenMentions.bulkPut(fresh.map((id) => ({ id, seenAt })));
    return fresh.length;
  });
}

/** Every seen id, read once. */
export const readSeenIds = async (): Promise<Set<string>> => new Set(await db.seenMentions.toCollection().primaryKeys());

/** Every seen id, again whenever the table changes (in any extension context). */
export const observeSeenIds = (): Observable<Set<string>> => liveQuery(readSeenIds);
