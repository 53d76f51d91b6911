// The mentions recovery clocks are made of: known customers' public mentions in a time range, read from
// the (sort_at) index, so the recovery statistics and the clock alerts need no per-customer queries; and the
// clock written back onto the mention that started it (with a new change seq, so the inbox hears of it).
import type { Mention, MentionRecovery } from '../../shared/mention.ts';
import { toMention } from './mention-rows.ts';
import type { SqlBackend } from './sql-backend.ts';

export function createRecoveryQueries(backend: SqlBackend) {
  const { db } = backend;
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

    /** Sets (or removes) the mention's clock; false when it already said the same or the mention is gone. */
    setMentionRecovery: (mentionId: string, recovery: MentionRecovery | undefined): Promise<boolean> =>
      backend.changeTransaction(async (trx, announce) => {
        const row = await trx.selectFrom('mentions').select(['doc']).where('id', '=', mentionId).executeTakeFirst();
        if (!row) return false;
        const { recovery: before, ...rest } = JSON.parse(row.doc) as Mention;
        if (JSON.stringify(before) === JSON.stringify(recovery)) return false;
        const doc = recovery ? { ...rest, recovery } : rest;
        const max = await trx.selectFrom('mentions').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
        const seq = Number(max?.max ?? 0) + 1;
        await trx.updateTable('mentions').set({ doc: JSON.stringify(doc), seq }).where('id', '=', mentionId).execute();
        announce(seq);
        return true;
      }),
  };
}
