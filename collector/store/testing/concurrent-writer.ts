// A separate process writing to a store, for tests that need real concurrency between processes (two
// collectors on one PostgreSQL, or `vigia collect` beside `vigia start` on one SQLite file):
// `node --import tsx concurrent-writer.ts LOCATION PREFIX COUNT` inserts COUNT mentions one small batch at
// a time, triaging every third, and prints "done" with how many it inserted.
import { makeMention } from '../../testing/mention-factory.ts';
import { openStoreAt } from '../open-store.ts';

const [location, prefix, count] = process.argv.slice(2);
const store = await openStoreAt(location!);
let inserted = 0;
for (let i = 0; i < Number(count); i += 3) {
  const batch = [0, 1, 2].map((k) => makeMention({ id: `${prefix}-${i + k}` }));
  inserted += (await store.insertMentions(batch)).length;
  await store.updateTriage(batch[0]!.id, { status: 'assigned', assignee: prefix, updatedAt: '2026-11-24T10:00:00.000Z' });
}
await store.close();
console.log(`done ${inserted}`);
