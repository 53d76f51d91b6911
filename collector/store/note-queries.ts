// Internal notes on a mention: added (once per id, so an offline client may send one twice), edited and
// deleted by their author only; the mention's document carries the live notes so the change feed brings them.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import type { MentionNote } from '../../shared/team/annotations.ts';
import { TeamConflictError, TeamForbiddenError, TeamNotFoundError } from '../team/team-errors.ts';
import type { Edit } from '../team/team-store.ts';
import { rewriteMention } from './mention-rewrite.ts';
import type { VigiaDatabase } from './schema.ts';
import type { MentionNotesTable } from './team-tables.ts';
import type { SqlBackend } from './sql-backend.ts';

/** The live notes of a mention, oldest first. */
async function liveNotes(trx: Kysely<VigiaDatabase>, mentionId: string): Promise<MentionNote[]> {
  const rows = await trx.selectFrom('mention_notes').selectAll().where('mention_id', '=', mentionId).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, author: r.author, text: r.text, createdAt: r.created_at, ...(r.updated_at ? { updatedAt: r.updated_at } : {}) }));
}

/** The mention with `notes` as stored (absent when none are left). */
async function withNotes(trx: Kysely<VigiaDatabase>, mention: Mention): Promise<Mention> {
  const { notes: _, ...rest } = mention;
  const notes = await liveNotes(trx, mention.id);
  return notes.length ? { ...rest, notes } : rest;
}

async function noteOf(trx: Kysely<VigiaDatabase>, mentionId: string, noteId: string): Promise<MentionNotesTable> {
  const row = await trx.selectFrom('mention_notes').selectAll().where('mention_id', '=', mentionId).where('id', '=', noteId).executeTakeFirst();
  if (!row || row.deleted_at) throw new TeamNotFoundError(`mention ${mentionId} has no note ${noteId}`);
  return row;
}

function ownNote(row: MentionNotesTable, by: string, verb: string): void {
  if (row.author !== by) throw new TeamForbiddenError(`note ${row.id} is ${row.author}'s: only its author may ${verb} it`);
}

export function createNoteQueries(backend: SqlBackend) {
  return {
    addNote(mentionId: string, note: { id?: string; text: string }, edit: Edit): Promise<Mention> {
      const id = note.id ?? `n_${randomBytes(12).toString('base64url')}`;
      return rewriteMention(backend, mentionId, async (mention, trx) => {
        const existing = await trx.selectFrom('mention_notes').selectAll().where('mention_id', '=', mentionId).where('id', '=', id).executeTakeFirst();
        if (existing) {
          // The same note sent again (a retry after a lost answer): nothing to do.
          if (existing.author === edit.by && existing.text === note.text) return undefined;
          throw new TeamConflictError(`mention ${mentionId} already has a note ${id}: choose another id`);
        }
        await trx.insertInto('mention_notes').values({ mention_id: mentionId, id, author: edit.by, text: note.text, created_at: edit.at, updated_at: null, deleted_at: null }).execute();
        return { mention: await withNotes(trx, mention), history: [{ at: edit.at, who: edit.by, action: 'note-added', to: note.text, detail: id }] };
      });
    },

    editNote(mentionId: string, noteId: string, text: string, edit: Edit): Promise<Mention> {
      return rewriteMention(backend, mentionId, async (mention, trx) => {
        const row = await noteOf(trx, mentionId, noteId);
        ownNote(row, edit.by, 'edit');
        const storedAt = row.updated_at ?? row.created_at;
        if (edit.at < storedAt) throw new TeamConflictError(`note ${noteId} was changed at ${storedAt}, after this edit (${edit.at}): the later text stays`, mention);
        if (row.text === text) return undefined;
        await trx.updateTable('mention_notes').set({ text, updated_at: edit.at }).where('mention_id', '=', mentionId).where('id', '=', noteId).execute();
        return { mention: await withNotes(trx, mention), history: [{ at: edit.at, who: edit.by, action: 'note-edited', from: row.text, to: text, detail: noteId }] };
      });
    },

    deleteNote(mentionId: string, noteId: string, edit: Edit): Promise<Mention> {
      return rewriteMention(backend, mentionId, async (mention, trx) => {
        const row = await noteOf(trx, mentionId, noteId);
        ownNote(row, edit.by, 'delete');
        await trx.updateTable('mention_notes').set({ deleted_at: edit.at }).where('mention_id', '=', mentionId).where('id', '=', noteId).execute();
        return { mention: await withNotes(trx, mention), history: [{ at: edit.at, who: edit.by, action: 'note-deleted', from: row.text, detail: noteId }] };
      });
    },
  };
}
