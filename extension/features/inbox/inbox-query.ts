// The inbox's rows: the most recent mentions in Dexie (plus the one a link points at), live across
// extension pages through Dexie's change events.
import { liveQuery, type Observable } from 'dexie';
import type { MentionRow } from '../../db/mentions.ts';
import { db } from '../../db/vigia-db.ts';
import { toInboxItem, type InboxItem } from './inbox-item.ts';

/** How many of the most recent mentions the inbox considers. @default 2000 */
export const INBOX_LIMIT = 2000;

export async function queryInbox(include: string | undefined, limit: number = INBOX_LIMIT): Promise<InboxItem[]> {
  const rows: MentionRow[] = await db.mentions.orderBy('recency').reverse().limit(limit).toArray();
  if (include && !rows.some((r) => r.id === include)) {
    const extra = await db.mentions.get(include);
    if (extra) rows.push(extra);
  }
  // Hidden mentions (muted, not about us) stay stored, out of the inbox; unmuting brings them back.
  return rows.filter((r) => !r.mention.muted).map(toInboxItem);
}

/** Re-runs whenever the mentions table changes, in any extension context. */
export const observeInbox = (include: string | undefined): Observable<InboxItem[]> => liveQuery(() => queryInbox(include));
