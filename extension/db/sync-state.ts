// The syncState table: where the change feed stopped, per collector, written with the mentions it covers.

/** Key of the one row that tracks the mentions change feed. */
export const MENTIONS_FEED = 'mentions-feed';

/** One row of `syncState`. */
export interface SyncStateRow {
  /** Which feed this cursor belongs to (primary key). */
  key: string;
  /** The collector the cursor came from: a cursor means nothing to another collector. */
  collectorUrl: string;
  /** The collector's cursor after the last change stored here (`0` = from the beginning). */
  cursor: string;
  /** When it was written (ISO 8601). */
  updatedAt: string;
}

export const SYNC_STATE_INDEXES = 'key';
