// The popup's query: the newest mentions in Dexie, optionally negative only, as a live observable.
import { Dexie, liveQuery, type Observable } from 'dexie';
import { db } from '../../db/vigia-db.ts';
import { toMentionSummary, type MentionSummary } from '../../mention-summary.ts';

/** How many mentions the popup lists. @default 100 */
export const RECENT_LIMIT = 100;

export async function queryRecentMentions(negativeOnly: boolean, limit: number = RECENT_LIMIT): Promise<MentionSummary[]> {
  const rows = negativeOnly
    ? await db.mentions.where('[sentimentLabel+recency]').between(['negative', Dexie.minKey], ['negative', Dexie.maxKey]).reverse().limit(limit).toArray()
    : await db.mentions.orderBy('recency').reverse().limit(limit).toArray();
  return rows.map(toMentionSummary);
}

/** Re-runs whenever the mentions table changes, in any extension context (Dexie's cross-context events). */
export const observeRecentMentions = (negativeOnly: boolean): Observable<MentionSummary[]> =>
  liveQuery(() => queryRecentMentions(negativeOnly));
