// The migration that gives mentions an `urgency` column (now, soon, none), so the inbox and the API can list
// what needs a person now without reading every document. Mentions stored before keep it empty.
import type { Kysely } from 'kysely';
import type { columnTypes } from './migrations.ts';

export async function addMentionUrgency(db: Kysely<any>, t: ReturnType<typeof columnTypes>): Promise<void> {
  await db.schema.alterTable('mentions').addColumn('urgency', t.text).execute();
  await db.schema.createIndex('mentions_urgency').on('mentions').columns(['urgency', 'sort_at desc']).execute();
}
