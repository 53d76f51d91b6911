// The background's answer to "what has this person said in public?": mentions whose author has one of
// the handles found on the page, newest first. (E-mails are matched through customers in issue 9.)
import { toHandleKey } from '../../db/mentions.ts';
import { db } from '../../db/vigia-db.ts';
import { toMentionSummary, type MentionSummary } from '../../mention-summary.ts';
import type { PersonIdentifiers } from '../../sites/crm/person-identifiers.ts';

/** Most mentions returned for one person. @default 50 */
export const PERSON_MENTIONS_LIMIT = 50;

export async function findPersonMentions(person: PersonIdentifiers, limit: number = PERSON_MENTIONS_LIMIT): Promise<MentionSummary[]> {
  const keys = person.handles.map((h) => toHandleKey(h.platform, h.handle));
  if (keys.length === 0) return [];
  const rows = await db.mentions.where('handleKeys').anyOf(keys).distinct().toArray();
  rows.sort((a, b) => b.recency.localeCompare(a.recency));
  return rows.slice(0, limit).map(toMentionSummary);
}
