// The only writer of synced mentions: each batch lands in one transaction together with its cursor,
// so a stopped service worker either stored a page and its cursor, or neither.
import type { Mention } from '../../shared/mention.ts';
import { toMentionRow } from '../db/mentions.ts';
import { MENTIONS_FEED } from '../db/sync-state.ts';
import { db } from '../db/vigia-db.ts';
import { notifyMentionsChanged } from './mentions-changed.ts';

/** The change feed's beginning, as the API contract spells it. */
export const FEED_START = '0';

/** The stored cursor for this collector, or the feed's beginning. */
export async function readFeedCursor(collectorUrl: string): Promise<string> {
  const state = await db.syncState.get(MENTIONS_FEED);
  return state && state.collectorUrl === collectorUrl ? state.cursor : FEED_START;
}

/**
 * When the user points the extension at another collector, its mentions, cursor and queued edits no
 * longer apply: forget them. Returns whether anything was forgotten.
 */
export async function forgetOtherCollector(collectorUrl: string): Promise<boolean> {
  const state = await db.syncState.get(MENTIONS_FEED);
  if (!state || state.collectorUrl === collectorUrl) return false;
  await db.transaction('rw', [db.mentions, db.syncState, db.triageQueue, db.teamQueue, db.teamMembers], async () => {
    await Promise.all([db.mentions.clear(), db.syncState.clear(), db.triageQueue.clear(), db.teamQueue.clear(), db.teamMembers.clear()]);
  });
  await notifyMentionsChanged();
  return true;
}

/**
 * Upserts mentions from the collector inside the caller's transaction (which must cover `mentions`):
 * a row keeps its pending local edit when `keepPending(id)` says the edit is still queued. Returns the
 * mentions this browser had not stored before.
 */
export async function putServerMentions(mentions: Mention[], keepPending: (id: string) => boolean = () => true): Promise<Mention[]> {
  if (mentions.length === 0) return [];
  const existing = await db.mentions.bulkGet(mentions.map((m) => m.id));
  let seq = (await db.mentions.orderBy('seq').last())?.seq ?? 0;
  const rows = mentions.map((mention, i) => {
    const pending = existing[i]?.pendingTriage;
    return toMentionRow(mention, ++seq, pending && keepPending(mention.id) ? pending : undefined);
  });
  await db.mentions.bulkPut(rows);
  return mentions.filter((_, i) => existing[i] === undefined);
}

/** Where a batch came from and, when known, the feed position after it. */
export interface FeedPosition {
  collectorUrl: string;
  cursor?: string;
}

/** Stores a batch and moves the cursor in one transaction, then tells listeners; returns the mentions new here. */
export async function storeMentions(mentions: Mention[], position: FeedPosition): Promise<Mention[]> {
  const fresh = await db.transaction('rw', db.mentions, db.syncState, async () => {
    const added = await putServerMentions(mentions);
    if (position.cursor !== undefined) {
      await db.syncState.put({
        key: MENTIONS_FEED,
        collectorUrl: position.collectorUrl,
        cursor: position.cursor,
        updatedAt: new Date().toISOString(),
      });
    }
    return added;
  });
  if (mentions.length > 0) await notifyMentionsChanged();
  return fresh;
}
