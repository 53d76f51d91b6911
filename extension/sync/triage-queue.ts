// Triage edits from the UI: queued in Dexie with the time they were made, shown at once as pending, and
// sent to the collector in order whenever it is reachable (issue 10 grows this into the offline inbox).
import type { TriageStatus } from '../../shared/mention.ts';
import type { PendingTriage } from '../db/mentions.ts';
import type { TriageEditRow } from '../db/triage-queue.ts';
import { db } from '../db/vigia-db.ts';
import type { CollectorClient, TriagePatch } from './collector-client.ts';
import { CollectorAuthError, describeError, isTransientCollectorError } from './collector-errors.ts';
import { putServerMentions } from './mention-store.ts';
import { notifyMentionsChanged } from './mentions-changed.ts';

/** One edit as the UI asks for it. */
export interface TriageEdit {
  mentionId: string;
  status?: TriageStatus;
  /** A name, or null to unassign. */
  assignee?: string | null;
}

/** Raised for an edit the queue cannot take (unknown mention, nothing to change). */
export class TriageEditError extends Error {
  override name = 'TriageEditError';
}

/** Queues the edit and marks the mention as pending, in one transaction. */
export async function enqueueTriageEdit(edit: TriageEdit, now: Date = new Date()): Promise<void> {
  if (edit.status === undefined && edit.assignee === undefined) throw new TriageEditError('triage: the edit changes nothing');
  const updatedAt = now.toISOString();
  await db.transaction('rw', db.mentions, db.triageQueue, async () => {
    const row = await db.mentions.get(edit.mentionId);
    if (!row) throw new TriageEditError(`triage: no mention ${edit.mentionId} in the local store`);
    const entry: TriageEditRow = { mentionId: edit.mentionId, updatedAt, attempts: 0 };
    const pending: PendingTriage = { ...row.pendingTriage, updatedAt };
    if (edit.status !== undefined) entry.status = pending.status = edit.status;
    if (edit.assignee !== undefined) entry.assignee = pending.assignee = edit.assignee;
    await db.triageQueue.add(entry);
    await db.mentions.put({ ...row, pendingTriage: pending, triageStatus: pending.status ?? row.mention.triage.status });
  });
  await notifyMentionsChanged();
}

/** What one flush did. */
export interface FlushReport {
  sent: number;
  /** Edits the collector refused for good (unknown mention, invalid body): dropped, with their error. */
  dropped: { mentionId: string; error: string }[];
  remaining: number;
  /** Why the flush stopped early (collector unreachable, token refused), if it did. */
  stoppedBy?: string;
}

let flushing: Promise<FlushReport> = Promise.resolve({ sent: 0, dropped: [], remaining: 0 });

/** Sends queued edits oldest first; concurrent calls run one after the other, so no edit is sent twice at once. */
export function flushTriageQueue(client: CollectorClient): Promise<FlushReport> {
  flushing = flushing.catch(() => undefined).then(() => flushInOrder(client));
  return flushing;
}

async function flushInOrder(client: CollectorClient): Promise<FlushReport> {
  const report: FlushReport = { sent: 0, dropped: [], remaining: 0 };
  for (;;) {
    const entry = await db.triageQueue.orderBy('seq').first();
    if (!entry?.seq) break;
    const patch: TriagePatch = { updatedAt: entry.updatedAt };
    if (entry.status !== undefined) patch.status = entry.status;
    if (entry.assignee !== undefined) patch.assignee = entry.assignee;
    try {
      const mention = await client.patchTriage(entry.mentionId, patch);
      await settle(entry.seq, entry.mentionId, async (stillQueued) => void (await putServerMentions([mention], () => stillQueued)));
      report.sent += 1;
    } catch (error) {
      if (isTransientCollectorError(error) || error instanceof CollectorAuthError) {
        await db.triageQueue.update(entry.seq, { attempts: entry.attempts + 1, lastError: describeError(error) });
        report.stoppedBy = describeError(error);
        break;
      }
      await settle(entry.seq, entry.mentionId, (stillQueued) => (stillQueued ? Promise.resolve() : clearPending(entry.mentionId)));
      report.dropped.push({ mentionId: entry.mentionId, error: describeError(error) });
    }
  }
  report.remaining = await db.triageQueue.count();
  return report;
}

/** Removes a sent or dropped entry and updates its mention, which stays pending while later edits wait. */
async function settle(seq: number, mentionId: string, apply: (stillQueued: boolean) => Promise<void>): Promise<void> {
  await db.transaction('rw', db.mentions, db.triageQueue, async () => {
    await db.triageQueue.delete(seq);
    await apply((await db.triageQueue.where('mentionId').equals(mentionId).count()) > 0);
  });
  await notifyMentionsChanged();
}

async function clearPending(mentionId: string): Promise<void> {
  const row = await db.mentions.get(mentionId);
  if (!row) return;
  const { pendingTriage: _dropped, ...rest } = row;
  await db.mentions.put({ ...rest, triageStatus: row.mention.triage.status });
}
