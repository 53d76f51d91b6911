// The migration that gives each mention's aspects a table of their own (one row per mention and aspect, with
// the aspect's sentiment and its share of the mention's weight), so the key drivers and `?aspect=` are SQL
// aggregates and lookups, never a read of every document. Mentions stored before hold no aspects: none are
// invented for them (their documents were enriched without).
import type { Kysely } from 'kysely';
import type { columnTypes } from './migrations.ts';

export async function createMentionAspects(db: Kysely<any>, t: ReturnType<typeof columnTypes>): Promise<void> {
  await db.schema
    .createTable('mention_aspects')
    .addColumn('mention_id', t.text, (c) => c.notNull())
    .addColumn('aspect', t.text, (c) => c.notNull())
    .addColumn('sentiment', t.text, (c) => c.notNull())
    // 1 / (aspects of the mention): each mention weighs the same in the key drivers however many it names.
    .addColumn('weight', t.real, (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_aspects_pk', ['mention_id', 'aspect'])
    .execute();
  await db.schema.createIndex('mention_aspects_aspect').on('mention_aspects').columns(['aspect', 'mention_id']).execute();
}
