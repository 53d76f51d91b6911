// The mentions recovery clocks are made of: known customers' public mentions in a time range, read from
// the (sort_at) index, so the recovery statistics and the clock alerts need no per-customer queries.
import type { Mention } from '../../shared/mention.ts';
import { toMention } from './mention-rows.ts';
import type { SqlBackend } from './sql-backend.ts';

export function createRecoveryQueries({ db }: SqlBackend) {
  return {
    async linkedMentions(range: { from: string; to: string }, limit: number): Promise<Mention[]> {
      const rows = await db
        .selectFrom('mentions')
        .selectAll()
        .where('sort_at', '>=', range.from)
        .where('sort_at', '<', range.to)
        .where('customer_id', 'is not', null)
        .orderBy('sort_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toMention);
    },
  };
}
