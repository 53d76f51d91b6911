// Identity links as people made them (who, when, what they replaced), so an unlink can restore exactly.
import type { Kysely } from 'kysely';
import type { MomentOfTruth } from '../../shared/moment-of-truth.ts';
import type { IdentityKind, IdentityLink, IdentityRef } from '../customers/customer-store.ts';
import type { VigiaDatabase } from './schema.ts';

export function createIdentityLinkQueries(db: Kysely<VigiaDatabase>) {
  return {
    /** Must run inside a write transaction (the caller's). */
    async recordLink(link: Omit<IdentityLink, 'id'>): Promise<number> {
      const { id } = await db
        .insertInto('identity_links')
        .values({
          customer_id: link.customerId,
          kind: link.identity.kind,
          scope: link.identity.scope,
          value: link.identity.value,
          previous_customer_id: link.previousCustomerId ?? null,
          previous_position: link.previousPosition ?? null,
          already_owned: link.alreadyOwned ? 1 : 0,
          linked_by: link.linkedBy,
          linked_at: link.linkedAt,
          unlinked_by: null,
          unlinked_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const rows = link.mentions.map((m) => ({
        link_id: Number(id),
        mention_id: m.mentionId,
        previous_customer_id: m.customerId ?? null,
        previous_moment: m.moment ?? null,
        previous_priority: m.priority,
      }));
      for (let i = 0; i < rows.length; i += 200) await db.insertInto('identity_link_mentions').values(rows.slice(i, i + 200)).execute();
      return Number(id);
    },

    async activeLink(customerId: string, identity: IdentityRef): Promise<IdentityLink | undefined> {
      const row = await db
        .selectFrom('identity_links')
        .selectAll()
        .where('customer_id', '=', customerId)
        .where('kind', '=', identity.kind)
        .where('scope', '=', identity.scope)
        .where('value', '=', identity.value)
        .where('unlinked_at', 'is', null)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) return undefined;
      const mentions = await db.selectFrom('identity_link_mentions').selectAll().where('link_id', '=', Number(row.id)).orderBy('mention_id').execute();
      return {
        id: Number(row.id),
        customerId: row.customer_id,
        identity: { kind: row.kind as IdentityKind, scope: row.scope, value: row.value },
        ...(row.previous_customer_id ? { previousCustomerId: row.previous_customer_id } : {}),
        ...(row.previous_position !== null ? { previousPosition: Number(row.previous_position) } : {}),
        alreadyOwned: Number(row.already_owned) === 1,
        linkedBy: row.linked_by,
        linkedAt: row.linked_at,
        mentions: mentions.map((m) => ({
          mentionId: m.mention_id,
          ...(m.previous_customer_id ? { customerId: m.previous_customer_id } : {}),
          ...(m.previous_moment ? { moment: m.previous_moment as MomentOfTruth } : {}),
          priority: Number(m.previous_priority),
        })),
      };
    },

    async closeLink(id: number, by: string, at: string): Promise<void> {
      await db.updateTable('identity_links').set({ unlinked_by: by, unlinked_at: at }).where('id', '=', id).execute();
    },
  };
}
