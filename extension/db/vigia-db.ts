// The extension's IndexedDB (Dexie): one schema, one singleton shared by background and extension pages.
import { Dexie, type EntityTable } from 'dexie';
import { MENTIONS_INDEXES, type MentionRow } from './mentions.ts';
import { SYNC_STATE_INDEXES, type SyncStateRow } from './sync-state.ts';
import { TRIAGE_QUEUE_INDEXES, type TriageEditRow } from './triage-queue.ts';

export class VigiaDb extends Dexie {
  mentions!: EntityTable<MentionRow, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  triageQueue!: EntityTable<TriageEditRow, 'seq'>;

  constructor(name = 'vigia') {
    super(name);
    // Keep every past version here with its upgrade when the schema changes.
    this.version(1).stores({
      mentions: MENTIONS_INDEXES,
      syncState: SYNC_STATE_INDEXES,
      triageQueue: TRIAGE_QUEUE_INDEXES,
    });
  }
}

/** The one database instance of this JavaScript context. */
export const db = new VigiaDb();
