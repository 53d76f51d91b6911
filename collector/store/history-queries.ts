// The audit trail of a mention: entries written in the transaction of each change (triage, sentiment,
// notes, tags), and customer links read from the link records themselves — so `vigia forget`, which
// erases a customer's links, leaves no copy of their identity in the trail.
import type { Kysely } from 'kysely';
import type { HistoryAction, HistoryEntry } from '../../shared/api/team.ts';
import { describeIdentity } from '../customers/identity-refs.ts';
import type { IdentityKind } from '../customers/customer-store.ts';
import type { VigiaDatabase } from './schema.ts';

/** One change to record. */
export interface HistoryRecord {
  mentionId: string;
  at: string;
  who: string;
  action: HistoryAction;
  from?: string | null;
  to?: string | null;
  detail?: string | null;
}

/** Writes entries; run inside the change's own transaction so the entry and the change commit together. */
export async function recordHistory(db: Kysely<VigiaDatabase>, records: readonly HistoryRecord[]): Promise<void> {
  if (!records.length) return;
  await db
    .insertInto('mention_history')
    .values(records.map((r) => ({ mention_id: r.mentionId, at: r.at, who: r.who, action: r.action, from_value: r.from ?? null, to_value: r.to ?? null, detail: r.detail ?? null })))
    .execute();
}

const entry = (e: { at: string; who: string; action: HistoryAction; from?: string | null; to?: string | null; detail?: string | null }): HistoryEntry => ({
  at: e.at,
  who: e.who,
  action: e.action,
  ...(e.from != null ? { from: e.from } : {}),
  ...(e.to != null ? { to: e.to } : {}),
  ...(e.detail != null ? { detail: e.detail } : {}),
});

/** Every entry of a mention, oldest first (entries of one instant in the order they were written). */
export async function readHistory(db: Kysely<VigiaDatabase>, mentionId: string): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('mention_history').selectAll().where('mention_id', '=', mentionId).orderBy('id').execute();
  const links = await db
    .selectFrom('identity_link_mentions')
    .innerJoin('identity_links', 'identity_links.id', 'identity_link_mentions.link_id')
    .select(['identity_links.id', 'customer_id', 'kind', 'scope', 'value', 'linked_by', 'linked_at', 'unlinked_by', 'unlinked_at'])
    .where('identity_link_mentions.mention_id', '=', mentionId)
    .orderBy('identity_links.id')
    .execute();
  const entries: { sortAt: string; order: number; entry: HistoryEntry }[] = rows.map((r) => ({
    sortAt: r.at,
    order: Number(r.id),
    entry: entry({ at: r.at, who: r.who, action: r.action as HistoryAction, from: r.from_value, to: r.to_value, detail: r.detail }),
  }));
  for (const link of links) {
    const detail = describeIdentity({ kind: link.kind as IdentityKind, scope: link.scope, value: link.value });
    entries.push({ sortAt: link.linked_at, order: 0, entry: entry({ at: link.linked_at, who: link.linked_by, action: 'customer-linked', to: link.customer_id, detail }) });
    if (link.unlinked_at && link.unlinked_by) {
      entries.push({ sortAt: link.unlinked_at, order: 0, entry: entry({ at: link.unlinked_at, who: link.unlinked_by, action: 'customer-unlinked', from: link.customer_id, detail }) });
    }
  }
  // Times are ISO strings in UTC: they sort as text.
  return entries.sort((a, b) => (a.sortAt < b.sortAt ? -1 : a.sortAt > b.sortAt ? 1 : a.order - b.order)).map((e) => e.entry);
}
