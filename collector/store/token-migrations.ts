// Migration 8: one token per name, so `vigia token revoke NAME` names exactly one token. Stores from before
// could hold two tokens of one name: the oldest keeps it, the others get their id appended (both still work).
import type { Kysely } from 'kysely';

export async function uniqueTokenNames(db: Kysely<any>): Promise<void> {
  const rows: { id: number | string; name: string }[] = await db.selectFrom('tokens').select(['id', 'name']).orderBy('id').execute();
  const taken = new Set(rows.map((r) => r.name));
  const kept = new Set<string>();
  for (const row of rows) {
    if (!kept.has(row.name)) {
      kept.add(row.name);
      continue;
    }
    let name = `${row.name} (${row.id})`;
    for (let n = 2; taken.has(name); n++) name = `${row.name} (${row.id}-${n})`;
    taken.add(name);
    kept.add(name);
    await db.updateTable('tokens').set({ name }).where('id', '=', row.id).execute();
  }
  await db.schema.createIndex('tokens_name').on('tokens').column('name').unique().execute();
}
