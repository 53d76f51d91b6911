// The migration of noise control and replies: mute rules, accepted query exclusions, and on each mention
// why it is hidden (`muted`) and the reply posted for it (`reply`), both JSON, null when none.
import type { Kysely } from 'kysely';
import type { columnTypes } from './migrations.ts';

export async function addNoiseControl(db: Kysely<any>, t: ReturnType<typeof columnTypes>): Promise<void> {
  // SQLite adds one column per ALTER TABLE.
  await db.schema.alterTable('mentions').addColumn('muted', t.text).execute();
  await db.schema.alterTable('mentions').addColumn('reply', t.text).execute();
  await db.schema
    .createTable('mutes')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('brand', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('value', t.text, (c) => c.notNull())
    .addColumn('mute_key', t.text, (c) => c.notNull())
    .addColumn('created_by', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('origin', t.text, (c) => c.notNull())
    // The config's rule and a person's may say the same: each is removed on its own.
    .addUniqueConstraint('mutes_rule', ['brand', 'kind', 'mute_key', 'origin'])
    .execute();
  await db.schema
    .createTable('query_exclusions')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('brand', t.text, (c) => c.notNull())
    .addColumn('exclusion', t.text, (c) => c.notNull())
    .addColumn('created_by', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addUniqueConstraint('query_exclusions_rule', ['brand', 'exclusion'])
    .execute();
}
