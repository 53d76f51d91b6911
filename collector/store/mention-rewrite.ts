// One change of a mention made by a person (a note, tags, a sentiment correction): read the row, build the
// new document, write it with a new change seq and its audit entries, all in one change transaction.
import type { Kysely } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import { TeamNotFoundError } from '../team/team-errors.ts';
import { recordHistory, type HistoryRecord } from './history-queries.ts';
import { toMention } from './mention-rows.ts';
import type { MentionsTable, VigiaDatabase } from './schema.ts';
import type { SqlBackend } from './sql-backend.ts';

/** What a change does: the mention after it, columns besides the document, and what to audit. */
export interface MentionChange {
  mention: Mention;
  columns?: Partial<Pick<MentionsTable, 'sentiment_label' | 'priority' | 'urgency'>>;
  history: Omit<HistoryRecord, 'mentionId'>[];
}

/**
 * Runs `change` on the stored mention inside a change transaction. `change` may write its own tables with
 * `trx` and return undefined when nothing changed (the mention is returned as it is, with no new seq).
 */
export function rewriteMention(
  backend: SqlBackend,
  mentionId: string,
  change: (mention: Mention, trx: Kysely<VigiaDatabase>) => Promise<MentionChange | undefined>,
): Promise<Mention> {
  return backend.changeTransaction(async (trx, announce) => {
    const row = await trx.selectFrom('mentions').selectAll().where('id', '=', mentionId).executeTakeFirst();
    if (!row) throw new TeamNotFoundError(`no mention ${mentionId}`);
    const current = toMention(row);
    const result = await change(current, trx);
    if (!result) return current;
    const max = await trx.selectFrom('mentions').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
    const seq = Number(max?.max ?? 0) + 1;
    // The document keeps triage out of it as ever; toMention puts the columns' triage back.
    const { triage: _, ...doc } = result.mention;
    await trx
      .updateTable('mentions')
      .set({ ...result.columns, doc: JSON.stringify({ ...doc, triage: current.triage }), seq })
      .where('id', '=', mentionId)
      .execute();
    await recordHistory(trx, result.history.map((h) => ({ ...h, mentionId })));
    announce(seq);
    return { ...result.mention, triage: current.triage };
  });
}
