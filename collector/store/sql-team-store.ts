// TeamStore over any SqlBackend; every call first waits for the schema to be up to date.
import type { TeamStore } from '../team/team-store.ts';
import { createCorrectionQueries } from './correction-queries.ts';
import { readHistory } from './history-queries.ts';
import { createNoteQueries } from './note-queries.ts';
import type { SqlBackend } from './sql-backend.ts';
import { createTagQueries } from './tag-queries.ts';
import { createUserQueries } from './user-queries.ts';

export function createSqlTeamStore(backend: SqlBackend, ready: Promise<void>): TeamStore {
  const users = createUserQueries(backend);
  const notes = createNoteQueries(backend);
  const tags = createTagQueries(backend);
  const corrections = createCorrectionQueries(backend);
  const store: TeamStore = {
    addUser: users.addUser,
    listUsers: users.listUsers,
    callerOf: users.callerOf,
    addNote: notes.addNote,
    editNote: notes.editNote,
    deleteNote: notes.deleteNote,
    setTags: tags.setTags,
    changeTags: tags.changeTags,
    correctSentiment: corrections.correctSentiment,
    async history(mentionId) {
      const known = await backend.db.selectFrom('mentions').select('id').where('id', '=', mentionId).executeTakeFirst();
      return known ? readHistory(backend.db, mentionId) : undefined;
    },
    corrections: corrections.corrections,
    correctionsVersion: corrections.correctionsVersion,
    loadLayer: corrections.loadLayer,
    saveLayer: corrections.saveLayer,
  };
  const waiting = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(store) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    waiting[name] = async (...args: unknown[]) => {
      await ready;
      return fn(...args);
    };
  }
  return waiting as unknown as TeamStore;
}
