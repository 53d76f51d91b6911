// The audit entries of a triage change: one per field that changed (status, assignee), with who and when.
import type { HistoryRecord } from './history-queries.ts';
import type { MentionsTable } from './schema.ts';
import type { TriagePatch } from './store.ts';

/** Who a change is recorded under when the caller did not say (the pipeline, a script on the store). */
export const SYSTEM_ACTOR = 'system';

export function triageHistory(before: Pick<MentionsTable, 'id' | 'status' | 'assignee'>, set: Partial<MentionsTable>, patch: TriagePatch): HistoryRecord[] {
  const base = { mentionId: before.id, at: patch.updatedAt, who: patch.by ?? SYSTEM_ACTOR };
  const records: HistoryRecord[] = [];
  if (set.status !== undefined) records.push({ ...base, action: 'status', from: before.status, to: set.status });
  if (set.assignee !== undefined) records.push({ ...base, action: 'assignee', from: before.assignee, to: set.assignee });
  return records;
}
