// New mentions into PostgreSQL, where collectors write side by side. The rows, and their COPY text, are built
// before the transaction (phrases, document, search text: most of the store's own work per mention), so other
// writers do not wait while they are. In the transaction: one statement says which ids are new and gives them
// final seqs from the change sequence (no lock: seq-claim-migration.ts), then COPY of the mentions and their
// brand and aspect rows — no statement to parse and plan per batch, no parameter per value.
import type { Kysely } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import { bulkInsert, type BulkColumn } from './bulk-insert.ts';
import { mentionFacetRows, writeMentionFacets, type MentionFacetRows } from './mention-facets.ts';
import { toMentionRow } from './mention-rows.ts';
import { copyData, copyLine } from './postgres-copy.ts';
import type { MentionsTable, VigiaDatabase } from './schema.ts';
import type { SqlBackend } from './sql-backend.ts';

const UNIQUE_VIOLATION = '23505';
const BRAND_COLUMNS = ['mention_id', 'brand'] as const;
const ASPECT_COLUMNS = ['mention_id', 'aspect', 'sentiment', 'weight'] as const;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Stores the mentions of `firstOfBatch` (one per id) not stored yet; returns those it stored. */
export function insertPostgresMentions(backend: SqlBackend, columns: readonly BulkColumn<MentionsTable>[], firstOfBatch: Mention[]): Promise<Mention[]> {
  const rows = firstOfBatch.map((m) => toMentionRow(m, 0));
  const facets = mentionFacetRows(firstOfBatch);
  // Every column but seq, which is known only in the transaction and goes first on each line.
  const names = columns.map((c) => c.name).filter((name) => name !== 'seq');
  const lines = new Map(rows.map((row) => [row.id, copyLine(row, names)]));
  const ids = rows.map((r) => r.id);
  const write = (copy: boolean) =>
    backend.changeTransaction(async (trx, announce) => {
      const seqs = await backend.takeSeqs!(trx, ids);
      const fresh: MentionsTable[] = [];
      let last = 0;
      for (let i = 0; i < rows.length; i++) {
        const seq = seqs[i];
        if (seq == null) continue;
        rows[i]!.seq = last = seq;
        fresh.push(rows[i]!);
      }
      if (!fresh.length) return [];
      // In key order: two writers meeting on the same ids wait for each other in one order, never in a cycle.
      const ordered = fresh.sort(byId);
      let mine = fresh.length < rows.length ? new Set(fresh.map((r) => r.id)) : undefined;
      if (copy) {
        await copyAll(backend, trx, ordered, lines, names, facetsOf(facets, mine));
      } else {
        // ON CONFLICT skips an id stored meanwhile (its seq stays unused); RETURNING says which rows are ours.
        mine = new Set(await bulkInsert(trx, backend.dialect, 'mentions', columns, ordered, 'ON CONFLICT (id) DO NOTHING', 'id'));
        await writeMentionFacets(trx, backend.dialect, facetsOf(facets, mine));
      }
      const stored = mine ? firstOfBatch.filter((m) => mine.has(m.id)) : firstOfBatch;
      if (stored.length) announce(last);
      return stored;
    });
  // A writer outside this transaction stored one of these ids meanwhile (or a facet row is there already): COPY
  // fails on the key and the batch goes in again, through INSERT … ON CONFLICT DO NOTHING.
  return write(true).catch((error: { code?: string }) => {
    if (error.code !== UNIQUE_VIOLATION) throw error;
    return write(false);
  });
}

/** The facet rows of the mentions in `mine` (all of them without it). */
function facetsOf(facets: MentionFacetRows, mine: Set<string> | undefined): MentionFacetRows {
  if (!mine) return facets;
  return { brands: facets.brands.filter((r) => mine.has(r.mention_id)), aspects: facets.aspects.filter((r) => mine.has(r.mention_id)) };
}

async function copyAll(backend: SqlBackend, trx: Kysely<VigiaDatabase>, ordered: MentionsTable[], lines: Map<string, string>, names: readonly string[], facets: MentionFacetRows): Promise<void> {
  let data = '';
  for (const row of ordered) data += `${row.seq}\t${lines.get(row.id)!}\n`;
  await backend.copyIn!(trx, 'mentions', ['seq', ...names], data);
  if (facets.brands.length) await backend.copyIn!(trx, 'mention_brands', BRAND_COLUMNS, copyData(facets.brands, BRAND_COLUMNS));
  if (facets.aspects.length) await backend.copyIn!(trx, 'mention_aspects', ASPECT_COLUMNS, copyData(facets.aspects, ASPECT_COLUMNS));
}
