// Mentions seen from the customer side: a customer's mentions, an author's mentions, unlinked authors who
// might be someone, and the link changes themselves (columns and document, each with a new change seq).
import { sql, type Kysely } from 'kysely';
import type { AuthorCandidate } from '../../shared/customer/customer-journey-view.ts';
import { normalizeName } from '../../shared/customer/customer.ts';
import { normalizeHandle } from '../../shared/author-handle.ts';
import type { Mention } from '../../shared/mention.ts';
import type { MentionLinkChange } from '../customers/customer-store.ts';
import { toMention } from './mention-rows.ts';
import type { VigiaDatabase } from './schema.ts';
import type { ChangeAnnouncer } from './sql-backend.ts';

export function createMentionLinkQueries(db: Kysely<VigiaDatabase>) {
  return {
    async mentionsOfCustomer(customerId: string, limit: number): Promise<Mention[]> {
      const rows = await db.selectFrom('mentions').selectAll().where('customer_id', '=', customerId).orderBy('sort_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toMention);
    },

    async mentionsByAuthor(platform: string, handle: string, limit: number): Promise<Mention[]> {
      const rows = await db
        .selectFrom('mentions')
        .selectAll()
        .where('platform', '=', platform)
        .where('author_handle', '=', normalizeHandle(handle))
        .orderBy('sort_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toMention);
    },

    /** Must run inside a change transaction: `announce` publishes the new seqs at commit. */
    async setMentionLinks(changes: readonly MentionLinkChange[], announce: ChangeAnnouncer): Promise<void> {
      if (!changes.length) return;
      const max = await db.selectFrom('mentions').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
      let seq = Number(max?.max ?? 0);
      for (const change of changes) {
        const row = await db.selectFrom('mentions').select('doc').where('id', '=', change.mentionId).executeTakeFirst();
        if (!row) continue;
        const doc = JSON.parse(row.doc) as Mention;
        // The stored document says the same as the columns, so nothing of an unlinked person stays in it.
        const { customerId: _, moment: __, urgency: ___, priorityWhy: ____, ...rest } = doc;
        const triage = { ...(change.urgency ? { urgency: change.urgency } : {}), ...(change.priorityWhy ? { priorityWhy: change.priorityWhy } : {}) };
        const next = { ...rest, ...(change.customerId ? { customerId: change.customerId } : {}), ...(change.moment ? { moment: change.moment } : {}), priority: change.priority, ...triage };
        await db
          .updateTable('mentions')
          .set({ customer_id: change.customerId ?? null, moment: change.moment ?? null, priority: change.priority, urgency: change.urgency ?? null, doc: JSON.stringify(next), seq: ++seq })
          .where('id', '=', change.mentionId)
          .execute();
      }
      announce(seq);
    },

    async authorCandidates(query: { name?: string; handle?: string; platform?: string; limit: number }): Promise<AuthorCandidate[]> {
      const nameKey = query.name ? normalizeName(query.name) : '';
      const handle = query.handle ? normalizeHandle(query.handle) : '';
      if (!nameKey && !handle) return [];
      const groups = await db
        .selectFrom('mentions')
        .select(['platform', 'author_handle', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.max('sort_at').as('last')])
        .select((eb) => eb.fn.max(sql<number>`case when author_name = ${nameKey} then 1 else 0 end`).as('by_name'))
        .where('customer_id', 'is', null)
        .where('author_handle', 'is not', null)
        .where((eb) =>
          eb.or([
            ...(nameKey ? [eb('author_name', '=', nameKey)] : []),
            ...(handle ? [query.platform ? eb.and([eb('author_handle', '=', handle), eb('platform', '=', query.platform)]) : eb('author_handle', '=', handle)] : []),
          ]),
        )
        .groupBy(['platform', 'author_handle'])
        .orderBy('n', 'desc')
        .orderBy('last', 'desc')
        .limit(query.limit)
        .execute();
      const candidates: AuthorCandidate[] = [];
      for (const g of groups) {
        const latest = await db.selectFrom('mentions').select('doc').where('platform', '=', g.platform).where('author_handle', '=', g.author_handle).orderBy('sort_at', 'desc').limit(1).executeTakeFirst();
        const author = latest ? (JSON.parse(latest.doc) as Mention).author : {};
        candidates.push({
          platform: g.platform,
          handle: g.author_handle!,
          ...(author.name ? { name: author.name } : {}),
          ...(author.url ? { url: author.url } : {}),
          mentionCount: Number(g.n),
          ...(g.last ? { lastMentionAt: String(g.last) } : {}),
          reason: Number(g.by_name) === 1 ? 'same display name' : 'same handle',
        });
      }
      return candidates;
    },

    async brandNames(): Promise<string[]> {
      const rows = await db.selectFrom('mention_brands').select('brand').distinct().execute();
      return rows.map((r) => r.brand);
    },
  };
}
