// The inbox's search box over the local copy, with the collector's `q` semantics (shared/search): title,
// text and author, case- and accent-insensitive, the query as one piece. Works offline like the rest.
import { matchesSearch, mentionSearchText, searchNeedle } from '../../../shared/search/mention-search.ts';
import type { MentionRow } from '../../db/mentions.ts';

/** Longest query, as the API takes it. @default 200 */
export const MAX_SEARCH_LENGTH = 200;

// Folding 2 000 texts on every change of the table costs more than keeping them: one entry per mention,
// refreshed when its row is written again (a new `seq`).
const folded = new Map<string, { seq: number; text: string }>();

/** The folded search text of a stored mention, remembered per row version. */
export function searchTextOf(row: MentionRow): string {
  const known = folded.get(row.id);
  if (known && known.seq === row.seq) return known.text;
  const text = mentionSearchText(row.mention);
  folded.set(row.id, { seq: row.seq, text });
  return text;
}

/** The items whose search text holds the query; all of them for an empty query. */
export function searchInbox<T extends { searchText: string }>(items: readonly T[], query: string): T[] {
  const needle = searchNeedle(query.slice(0, MAX_SEARCH_LENGTH));
  return needle === '' ? [...items] : items.filter((item) => matchesSearch(item.searchText, needle));
}
