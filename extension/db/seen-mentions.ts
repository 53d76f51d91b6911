// The seenMentions table: which mentions this browser's user has seen in the inbox (a row shown long
// enough, opened, or marked seen), so new arrivals stay highlighted — and counted on the toolbar — until then.

/** One seen mention. */
export interface SeenMentionRow {
  /** The mention's id (primary key). */
  id: string;
  /** When it was first seen here (ISO 8601). */
  seenAt: string;
}

export const SEEN_MENTIONS_INDEXES = 'id';
