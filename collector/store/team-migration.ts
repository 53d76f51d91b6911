// The migration that gives an installation a team: users owning tokens, notes and tags on mentions, the
// audit trail of every change, sentiment corrections and the layer learned from them.
import type { Kysely } from 'kysely';
import type { columnTypes } from './migrations.ts';
import type { StoreDialect } from './sql-backend.ts';

export async function createTeamTables(db: Kysely<any>, t: ReturnType<typeof columnTypes>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('name', t.text, (c) => c.notNull().unique())
    .addColumn('email', t.text)
    .addColumn('created_at', t.text, (c) => c.notNull())
    .execute();
  // Tokens from before stay without a user: they keep working under their own name.
  await db.schema.alterTable('tokens').addColumn('user_id', t.text).execute();
  await db.schema
    .createTable('mention_notes')
    .addColumn('mention_id', t.text, (c) => c.notNull())
    .addColumn('id', t.text, (c) => c.notNull())
    .addColumn('author', t.text, (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.text)
    .addColumn('deleted_at', t.text)
    .addPrimaryKeyConstraint('mention_notes_pk', ['mention_id', 'id'])
    .execute();
  await db.schema
    .createTable('mention_tags')
    .addColumn('mention_id', t.text, (c) => c.primaryKey())
    .addColumn('tags', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.text, (c) => c.notNull())
    .addColumn('updated_by', t.text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mention_history')
    .addColumn('id', t.integer, (c) => (dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    .addColumn('mention_id', t.text, (c) => c.notNull())
    .addColumn('at', t.text, (c) => c.notNull())
    .addColumn('who', t.text, (c) => c.notNull())
    .addColumn('action', t.text, (c) => c.notNull())
    .addColumn('from_value', t.text)
    .addColumn('to_value', t.text)
    .addColumn('detail', t.text)
    .execute();
  await db.schema.createIndex('mention_history_mention').on('mention_history').columns(['mention_id', 'id']).execute();
  await db.schema
    .createTable('sentiment_corrections')
    .addColumn('mention_id', t.text, (c) => c.primaryKey())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('lang', t.text, (c) => c.notNull())
    .addColumn('label', t.text, (c) => c.notNull())
    .addColumn('from_label', t.text, (c) => c.notNull())
    .addColumn('corrected_by', t.text, (c) => c.notNull())
    .addColumn('corrected_at', t.text, (c) => c.notNull())
    .addColumn('note', t.text)
    .execute();
  await db.schema.createIndex('sentiment_corrections_at').on('sentiment_corrections').column('corrected_at').execute();
  await db.schema
    .createTable('correction_layers')
    .addColumn('name', t.text, (c) => c.primaryKey())
    .addColumn('baseline', t.text, (c) => c.notNull())
    .addColumn('examples', t.integer, (c) => c.notNull())
    .addColumn('trained_at', t.text, (c) => c.notNull())
    .addColumn('weights', t.text, (c) => c.notNull())
    .execute();
}
