// What `q` searches, one definition for the collector's `GET /api/mentions?q=` and the extension's local
// inbox: the title, text, author name and handle, folded (case and accents), matched as one substring.
import type { Mention } from '../mention.ts';
import { foldText } from '../text-fold.ts';

/** The searchable text of a mention, folded: what the collector stores in its `search` column. */
export const mentionSearchText = (m: Pick<Mention, 'title' | 'text' | 'author'>): string =>
  foldText([m.title, m.text, m.author.name, m.author.handle].filter(Boolean).join('\n'));

/** The query as it is looked for: trimmed and folded ("Técnico " → "tecnico"); empty means no search. */
export const searchNeedle = (q: string): string => foldText(q.trim());

/** Whether a mention's search text holds the needle; an empty needle matches everything. */
export const matchesSearch = (searchText: string, needle: string): boolean => needle === '' || searchText.includes(needle);
