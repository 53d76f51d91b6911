// The migration from "top negative terms" to top negative phrases: mention_terms held the single words of
// negative mentions; it now holds the 1–3-word phrases of every mention (the other mentions are the
// background a negative phrase is scored against). Rebuilt from the stored documents, in batches.
// Migration 15 then folds these rows into a column of the mention (phrase-column-migration.ts).
import type { Kysely } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import { bulkInsert } from './bulk-insert.ts';
import { mentionTerms } from './mention-terms.ts';
import type { StoreDialect } from './sql-backend.ts';

const BATCH = 500;

export async function rebuildMentionPhrases(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await db.deleteFrom('mention_terms').execute();
  for (let after = ''; ; ) {
    const rows: { id: string; doc: string }[] = await db.selectFrom('mentions').select(['id', 'doc']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (!rows.length) break;
    const mentions = rows.map((r) => JSON.parse(r.doc) as Mention).map((m) => ({ ...m, matches: m.matches ?? [] }));
    const terms = mentions.flatMap((m) => mentionTerms(m).map((term) => ({ mention_id: m.id, term })));
    await bulkInsert(db, dialect, 'mention_terms', [{ name: 'mention_id', pg: 'text' }, { name: 'term', pg: 'text' }], terms, 'ON CONFLICT DO NOTHING');
    after = rows.at(-1)!.id;
  }
}
