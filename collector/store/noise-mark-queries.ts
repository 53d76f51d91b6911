// What people mark on single mentions and what ingest reads: "not about us" (and taking it back), the
// reply posted through a platform's API (which marks the mention responded), and accepted query exclusions.
import { randomUUID } from 'node:crypto';
import type { Mention } from '../../shared/mention.ts';
import type { QueryExclusion } from '../../shared/mutes/mute-rule.ts';
import { findMutingRule } from '../../shared/mutes/mute-match.ts';
import type { PostedReply } from '../../shared/replies/posted-reply.ts';
import type { IngestRules } from '../mutes/noise-store.ts';
import { toMention } from './mention-rows.ts';
import { mutedBy, nextSeq, toMuteRule, writeMuted } from './mute-queries.ts';
import type { QueryExclusionsTable } from './noise-tables.ts';
import type { MentionsTable } from './schema.ts';
import type { SqlBackend } from './sql-backend.ts';

const toExclusion = (row: QueryExclusionsTable): QueryExclusion => ({ id: row.id, brand: row.brand, exclusion: row.exclusion, by: row.created_by, at: row.created_at });

export function createNoiseMarkQueries(backend: SqlBackend) {
  const { db } = backend;
  const listExclusions = async (): Promise<QueryExclusion[]> =>
    (await db.selectFrom('query_exclusions').selectAll().orderBy('brand').orderBy('created_at').orderBy('id').execute()).map(toExclusion);

  return {
    markNotAboutUs(mentionId: string, brand: string, by: string, at: string): Promise<Mention | undefined> {
      return backend.changeTransaction(async (trx, announce) => {
        const row = await trx.selectFrom('mentions').selectAll().where('id', '=', mentionId).executeTakeFirst();
        if (!row) return undefined;
        const mention = toMention(row);
        if (mention.muted?.rule.kind === 'not-about-us' && mention.muted.rule.brand === brand) return mention;
        const muted = { by, rule: { kind: 'not-about-us' as const, brand }, at };
        await writeMuted(trx, [{ id: mentionId, muted }], announce);
        return { ...mention, muted };
      });
    },

    clearNotAboutUs(mentionId: string, at: string): Promise<Mention | undefined> {
      return backend.changeTransaction(async (trx, announce) => {
        const row = await trx.selectFrom('mentions').selectAll().where('id', '=', mentionId).executeTakeFirst();
        if (!row) return undefined;
        const current = toMention(row);
        if (current.muted?.rule.kind !== 'not-about-us') return current;
        const { muted: _, ...mention } = current;
        // About the brand after all: hidden still if a mute rule matches it, else shown.
        const rules = (await trx.selectFrom('mutes').selectAll().orderBy('created_at').execute()).map(toMuteRule);
        const rule = findMutingRule(mention, rules);
        const muted = rule ? mutedBy(rule, at) : null;
        await writeMuted(trx, [{ id: mentionId, muted }], announce);
        return muted ? { ...mention, muted } : mention;
      });
    },

    recordReply(mentionId: string, reply: PostedReply): Promise<Mention | undefined> {
      return backend.changeTransaction(async (trx, announce) => {
        const row = await trx.selectFrom('mentions').selectAll().where('id', '=', mentionId).executeTakeFirst();
        if (!row) return undefined;
        const set: Partial<MentionsTable> = { reply: JSON.stringify(reply) };
        // Replied to: responded, unless already resolved or a later edit says otherwise (last writer wins).
        if (row.status !== 'resolved' && row.status !== 'responded' && reply.at >= row.status_at) Object.assign(set, { status: 'responded', status_at: reply.at });
        if (row.first_response_at === null) set.first_response_at = reply.at;
        set.seq = await nextSeq(trx);
        await trx.updateTable('mentions').set(set).where('id', '=', mentionId).execute();
        announce(set.seq);
        return toMention({ ...row, ...set });
      });
    },

    listExclusions,

    async addExclusion(exclusion: Pick<QueryExclusion, 'brand' | 'exclusion' | 'by'>, at: string): Promise<QueryExclusion> {
      return backend.writeTransaction(async (trx) => {
        const same = await trx.selectFrom('query_exclusions').selectAll().where('brand', '=', exclusion.brand).where('exclusion', '=', exclusion.exclusion).executeTakeFirst();
        if (same) return toExclusion(same);
        const row: QueryExclusionsTable = { id: randomUUID(), brand: exclusion.brand, exclusion: exclusion.exclusion, created_by: exclusion.by, created_at: at };
        await trx.insertInto('query_exclusions').values(row).execute();
        return toExclusion(row);
      });
    },

    async removeExclusion(id: string): Promise<boolean> {
      const result = await db.deleteFrom('query_exclusions').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async ingestRules(): Promise<IngestRules> {
      const mutes = (await db.selectFrom('mutes').selectAll().orderBy('created_at').orderBy('id').execute()).map(toMuteRule);
      return { mutes, exclusions: await listExclusions() };
    },
  };
}
