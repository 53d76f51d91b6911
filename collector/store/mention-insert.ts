// New mentions into the store, insert-once by stable id, each batch in one change transaction with its brand and
// aspect rows. The engines differ in how the rows go in. SQLite (one writer per file, in this process): each row
// is built and inserted through one prepared statement as the transaction goes (its brand and aspect rows too,
// through statements of their own), so it is garbage at once; built for the whole batch first, a thousand rows
// of documents lived through the collector's young-generation collections and were copied out of them (a fifth
// of the store's CPU). PostgreSQL (writers side by side): the rows are built before the transaction and go in by
// COPY (postgres-mention-insert.ts).
import type { Kysely } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import type { BulkColumn } from './bulk-insert.ts';
import { insertFacetRowByRow, mentionFacetRows } from './mention-facets.ts';
import { toMentionRow } from './mention-rows.ts';
import { insertPostgresMentions } from './postgres-mention-insert.ts';
import type { MentionsTable, VigiaDatabase } from './schema.ts';
import type { SqlBackend } from './sql-backend.ts';

const text = (name: keyof MentionsTable) => ({ name, pg: 'text' }) as const;
/** Every column of a mention row, as toMentionRow fills them. */
const MENTION_COLUMNS: readonly BulkColumn<MentionsTable>[] = [
  ...(['id', 'source', 'platform', 'author_handle', 'sort_at', 'published_at', 'collected_at', 'sentiment_label', 'moment'] as const).map(text),
  { name: 'seq', pg: 'bigint' },
  { name: 'priority', pg: 'float8' },
  ...(['status', 'assignee', 'status_at', 'assignee_at', 'customer_id', 'search', 'doc', 'stage', 'author_name', 'first_response_at', 'urgency', 'muted', 'reply', 'phrases'] as const).map(text),
];
const COLUMN_NAMES = MENTION_COLUMNS.map((c) => c.name);

type KnownIds = (ids: string[], from: Kysely<VigiaDatabase>) => Promise<Set<string>>;
type MaxSeq = (from: Kysely<VigiaDatabase>) => Promise<number>;

/** Stores the mentions whose ids are not stored yet (the first of each id in the batch); returns those it stored. */
export function insertNewMentions(backend: SqlBackend, knownIds: KnownIds, maxSeq: MaxSeq, mentions: readonly Mention[]): Promise<Mention[]> {
  const ids = new Set<string>();
  const firstOfBatch = mentions.filter((m) => !ids.has(m.id) && ids.add(m.id));
  if (!firstOfBatch.length) return Promise.resolve([]);
  const { rowInserter } = backend;
  if (!rowInserter) return insertPostgresMentions(backend, MENTION_COLUMNS, firstOfBatch);
  const insertRow = rowInserter('mentions', COLUMN_NAMES, 'ON CONFLICT (id) DO NOTHING');
  return backend.changeTransaction(async (trx, announce) => {
    const known = await knownIds(firstOfBatch.map((m) => m.id), trx);
    let seq = await maxSeq(trx);
    const stored: Mention[] = [];
    const values: unknown[] = new Array(COLUMN_NAMES.length);
    for (const m of firstOfBatch) {
      if (known.has(m.id)) continue;
      const row = toMentionRow(m, seq + 1);
      for (let i = 0; i < COLUMN_NAMES.length; i++) values[i] = row[COLUMN_NAMES[i]!];
      // One writer per file: what was not known goes in; `changes` keeps seqs gap-free all the same.
      if (insertRow(values)) (seq++, stored.push(m));
    }
    insertFacetRowByRow(rowInserter, mentionFacetRows(stored));
    if (stored.length) announce(seq);
    return stored;
  });
}
