// Mentions on either engine: insert-once by stable id, newest-first keyset paging, a change feed by seq,
// and field-wise last-writer-wins triage. Every seq is handed out inside backend.changeTransaction.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import { searchNeedle } from '../../shared/search/mention-search.ts';
import { insertNewMentions } from './mention-insert.ts';
import { triageHistory } from './triage-history.ts';
import { aboutCompetitorsOnly } from './competitor-scope.ts';
import { recordHistory } from './history-queries.ts';
import { toMention } from './mention-rows.ts';
import type { MentionsTable, VigiaDatabase } from './schema.ts';
import type { SqlBackend, StoreDialect } from './sql-backend.ts';
import type { MentionFilter, MentionPage, MentionPosition, TriagePatch } from './store.ts';

/** Ids per IN (…) list: well under both engines' bound-parameter limits. */
const INSERT_CHUNK = 500;

type MentionQuery = SelectQueryBuilder<VigiaDatabase, 'mentions', MentionsTable>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function applyFilter(query: MentionQuery, filter: MentionFilter, dialect: StoreDialect): MentionQuery {
  let q = query;
  if (filter.q) q = q.where(sql<boolean>`search LIKE ${`%${escapeLike(searchNeedle(filter.q))}%`} ESCAPE '\\'`);
  if (filter.sentiment) q = q.where('sentiment_label', '=', filter.sentiment);
  if (filter.platform) q = q.where('platform', '=', filter.platform);
  if (filter.moment) q = q.where('moment', '=', filter.moment);
  if (filter.urgency) q = q.where('urgency', '=', filter.urgency);
  if (filter.aspect) q = q.where(sql<boolean>`exists (select 1 from mention_aspects a where a.mention_id = mentions.id and a.aspect = ${filter.aspect})`);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.author) q = q.where('author_handle', '=', filter.author);
  if (filter.muted) q = q.where('muted', filter.muted === 'hide' ? 'is' : 'is not', null);
  if (filter.competitor !== undefined) q = q.where(aboutCompetitorsOnly(dialect), filter.competitor ? '=' : '!=', 1);
  return q;
}

async function maxSeq(db: Kysely<VigiaDatabase>): Promise<number> {
  const row = await db.selectFrom('mentions').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
  return Number(row?.max ?? 0);
}

export function createMentionQueries(backend: SqlBackend) {
  const { db } = backend;

  async function knownIds(ids: string[], from: Kysely<VigiaDatabase> = db): Promise<Set<string>> {
    const known = new Set<string>();
    for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
      const rows = await from.selectFrom('mentions').select('id').where('id', 'in', ids.slice(i, i + INSERT_CHUNK)).execute();
      for (const row of rows) known.add(row.id);
    }
    return known;
  }

  return {
    knownIds: (ids: string[]) => knownIds(ids),

    insert: (mentions: Mention[]): Promise<Mention[]> => insertNewMentions(backend, knownIds, maxSeq, mentions),

    async get(id: string): Promise<Mention | undefined> {
      const row = await db.selectFrom('mentions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toMention(row);
    },

    updateTriage(id: string, patch: TriagePatch): Promise<Mention | undefined> {
      return backend.changeTransaction(async (trx, announce) => {
        const row = await trx.selectFrom('mentions').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return undefined;
        const set: Partial<MentionsTable> = {};
        if (patch.status !== undefined && patch.updatedAt >= row.status_at && patch.status !== row.status) {
          Object.assign(set, { status: patch.status, status_at: patch.updatedAt });
          // The response time of the statistics: publication to the first move away from "new".
          if (row.first_response_at === null && row.status === 'new') set.first_response_at = patch.updatedAt;
        }
        const assignee = patch.assignee ?? null;
        if (patch.assignee !== undefined && patch.updatedAt >= row.assignee_at && assignee !== row.assignee) {
          Object.assign(set, { assignee, assignee_at: patch.updatedAt });
        }
        if (!Object.keys(set).length) return toMention(row);
        set.seq = (await maxSeq(trx)) + 1;
        await trx.updateTable('mentions').set(set).where('id', '=', id).execute();
        await recordHistory(trx, triageHistory(row, set, patch));
        announce(set.seq);
        return toMention({ ...row, ...set });
      });
    },

    // PostgreSQL: no further than the seqs of transactions still open (sql-backend.ts, settledSeq).
    async latestSeq(): Promise<number> {
      const settled = await backend.settledSeq?.();
      const max = await maxSeq(db);
      return settled === undefined ? max : Math.min(max, settled);
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('mentions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async list(filter: MentionFilter, position: MentionPosition, limit: number): Promise<MentionPage> {
      let query = applyFilter(db.selectFrom('mentions').selectAll(), filter, backend.dialect);
      if (position.mode === 'changes') {
        query = query.where('seq', '>', position.afterSeq).orderBy('seq', 'asc');
        const settled = await backend.settledSeq?.();
        if (settled !== undefined) query = query.where('seq', '<=', settled);
      } else {
        const { after, publishedSince } = position;
        if (publishedSince) query = query.where('sort_at', '>=', publishedSince);
        if (after) {
          // A row-value comparison walks the (sort_at, id) index directly on both engines (an OR does not).
          query = query.where((eb) => eb(eb.refTuple('sort_at', 'id'), '<', eb.tuple(after.sortAt, after.id)));
        }
        query = query.orderBy('sort_at', 'desc').orderBy('id', 'desc');
      }
      const rows = await query.limit(limit + 1).execute();
      const more = rows.length > limit;
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      if (position.mode === 'changes') {
        const lastSeq = last ? Number(last.seq) : position.afterSeq;
        return { items: page.map(toMention), seqs: page.map((r) => Number(r.seq)), lastSeq, next: more ? { mode: 'changes', afterSeq: lastSeq } : undefined };
      }
      return {
        items: page.map(toMention),
        lastSeq: 0,
        next: more && last ? { mode: 'newest', after: { sortAt: last.sort_at, id: last.id }, publishedSince: position.publishedSince } : undefined,
      };
    },
  };
}
