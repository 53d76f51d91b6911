// Notes, tags and sentiment corrections from the UI: queued in Dexie with who and when, shown at once as
// pending (features/team/team-overlay.ts), and sent in order whenever the collector is reachable. A 401 or
// an unreachable collector keeps them waiting; a refusal for good (400, 403, 404, 409) keeps the edit,
// marked with the collector's reason, until the user dismisses it — never silently lost.
import type { Mention } from '../../shared/mention.ts';
import type { TeamEditBody, TeamEditRow } from '../db/team-queue.ts';
import { db } from '../db/vigia-db.ts';
import type { CollectorClient } from './collector-client.ts';
import { CollectorAuthError, CollectorHttpError, describeError, isTransientCollectorError } from './collector-errors.ts';
import { putServerMentions } from './mention-store.ts';
import { notifyMentionsChanged } from './mentions-changed.ts';

/** Raised for an edit the queue cannot take (unknown mention). */
export class TeamEditError extends Error {
  override name = 'TeamEditError';
}

/** The name edits are shown under until the collector confirms them: the token's person, else "me". */
export async function myName(): Promise<string> {
  return (await db.teamMembers.where('me').equals(1).first())?.name ?? '';
}

export async function enqueueTeamEdit(mentionId: string, body: TeamEditBody, now: Date = new Date()): Promise<void> {
  const by = await myName();
  await db.transaction('rw', db.mentions, db.teamQueue, async () => {
    if (!(await db.mentions.get(mentionId))) throw new TeamEditError(`team: no mention ${mentionId} in the local store`);
    await db.teamQueue.add({ ...body, mentionId, by, at: now.toISOString(), attempts: 0 } as TeamEditRow);
  });
  await notifyMentionsChanged();
}

/** Forgets a refused edit the user has read. */
export async function dismissTeamEdit(seq: number): Promise<void> {
  await db.teamQueue.delete(seq);
  await notifyMentionsChanged();
}

export interface TeamFlushReport {
  sent: number;
  refused: { mentionId: string; error: string }[];
  remaining: number;
  stoppedBy?: string;
}

function send(client: CollectorClient, e: TeamEditRow): Promise<Mention> {
  switch (e.kind) {
    case 'note-add':
      return client.addNote(e.mentionId, { id: e.noteId, text: e.text, createdAt: e.at });
    case 'note-edit':
      return client.editNote(e.mentionId, e.noteId, { text: e.text, updatedAt: e.at });
    case 'note-delete':
      return client.deleteNote(e.mentionId, e.noteId);
    case 'tags':
      return client.changeTags(e.mentionId, { ...(e.add.length ? { add: e.add } : {}), ...(e.remove.length ? { remove: e.remove } : {}), updatedAt: e.at });
    case 'sentiment':
      return client.correctSentiment(e.mentionId, { label: e.label, ...(e.note ? { note: e.note } : {}), updatedAt: e.at });
  }
}

let flushing: Promise<TeamFlushReport> = Promise.resolve({ sent: 0, refused: [], remaining: 0 });

/** Sends queued edits oldest first, one flush at a time. */
export function flushTeamQueue(client: CollectorClient): Promise<TeamFlushReport> {
  flushing = flushing.catch(() => undefined).then(() => flushInOrder(client));
  return flushing;
}

async function flushInOrder(client: CollectorClient): Promise<TeamFlushReport> {
  const report: TeamFlushReport = { sent: 0, refused: [], remaining: 0 };
  const waiting = (await db.teamQueue.orderBy('seq').toArray()).filter((e) => !e.refused);
  for (const entry of waiting) {
    const seq = entry.seq!;
    try {
      const mention = await send(client, entry);
      await db.transaction('rw', db.mentions, db.teamQueue, async () => {
        await db.teamQueue.delete(seq);
        await putServerMentions([mention]);
      });
      report.sent += 1;
    } catch (error) {
      if (isTransientCollectorError(error) || error instanceof CollectorAuthError || !(error instanceof CollectorHttpError)) {
        await db.teamQueue.update(seq, { attempts: entry.attempts + 1, lastError: describeError(error) });
        report.stoppedBy = describeError(error);
        break;
      }
      await db.teamQueue.update(seq, { refused: describeError(error) });
      report.refused.push({ mentionId: entry.mentionId, error: describeError(error) });
      // A stale edit lost to a later one: show the mention as it stands now.
      if (error.status === 409) await client.getMention(entry.mentionId).then((m) => db.transaction('rw', db.mentions, () => putServerMentions([m])), () => undefined);
    }
    await notifyMentionsChanged();
  }
  report.remaining = await db.teamQueue.filter((e) => !e.refused).count();
  return report;
}

/** The team and whom the token stands for, kept for the pickers offline; the old list stays when this fails. */
export async function refreshTeam(client: CollectorClient): Promise<void> {
  const [users, me] = await Promise.all([client.users(), client.me()]);
  const rows = users.map((u) => ({ name: u.name, ...(u.id ? { id: u.id } : {}), ...(u.email ? { email: u.email } : {}), me: u.name === me.name ? (1 as const) : (0 as const) }));
  if (!rows.some((r) => r.me)) rows.push({ name: me.name, me: 1 });
  await db.transaction('rw', db.teamMembers, async () => {
    await db.teamMembers.clear();
    await db.teamMembers.bulkPut(rows);
  });
}
