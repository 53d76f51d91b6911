// Stores parsed import records: each customer found by any hard identifier (or created), each touchpoint
// upserted by external id — so importing the same file twice changes nothing — and the stored mentions of
// newly known handles linked. A record whose identifiers belong to different customers is refused, not guessed.
import { randomBytes } from 'node:crypto';
import { mergeIdentities, type CustomerIdentity } from '../../shared/customer/customer.ts';
import { touchpointIdOf, type Touchpoint } from '../../shared/journey/touchpoint.ts';
import type { ImportRecord } from '../import/import-record.ts';
import { currentRisk } from './customer-moments.ts';
import type { CustomerStore, IdentityRef } from './customer-store.ts';
import { describeIdentity, identityKey, identityRefsOf } from './identity-refs.ts';
import { settleStaleCustomers } from './customer-maintenance.ts';
import { linkChangeOf, linkedMention } from './linked-mention.ts';

/** What happened to one record. */
export type RecordOutcome = { status: 'imported' | 'unchanged' } | { status: 'error'; reason: string };

export interface ImportSummary {
  customers: { created: number; updated: number; unchanged: number };
  touchpoints: { inserted: number; updated: number; unchanged: number };
  /** Stored public mentions linked because their author's handle became known. */
  mentionsLinked: number;
  /** One per record, in order. */
  outcomes: RecordOutcome[];
}

/** Records per transaction: big enough to be quick, small enough not to hold the write lock for long. */
const CHUNK = 200;
const AUTHOR_MENTIONS = 1000;

/** Vigía's own customer id: random, so it reveals nothing about the person. */
export const newCustomerId = (): string => `cus_${randomBytes(9).toString('base64url')}`;

type Resolved = { customerId: string; change: 'created' | 'updated' | 'unchanged'; newHandles: IdentityRef[] } | { reason: string };

async function resolveCustomer(tx: CustomerStore, identity: CustomerIdentity, now: string): Promise<Resolved> {
  const refs = identityRefsOf(identity);
  const owners = await tx.ownersOf(refs);
  const ids = [...new Set(owners.values())];
  if (ids.length > 1) {
    const which = refs.filter((r) => owners.has(identityKey(r))).map((r) => `${describeIdentity(r)} → ${owners.get(identityKey(r))}`);
    return { reason: `identifiers belong to different customers (${which.join(', ')}): link them by hand` };
  }
  const handles = refs.filter((r) => r.kind === 'handle');
  if (!ids.length) {
    const customerId = newCustomerId();
    await tx.saveCustomer({ id: customerId, ...identity }, now);
    return { customerId, change: 'created', newHandles: handles };
  }
  const customerId = ids[0]!;
  const existing = (await tx.getCustomer(customerId))!;
  const merged = { id: customerId, ...mergeIdentities(existing, identity) };
  if (JSON.stringify(merged) === JSON.stringify(existing)) return { customerId, change: 'unchanged', newHandles: [] };
  await tx.saveCustomer(merged, now);
  return { customerId, change: 'updated', newHandles: handles.filter((r) => !owners.has(identityKey(r))) };
}

/** Links unlinked stored mentions by these handles to the customer that now holds them. */
async function linkAuthoredMentions(tx: CustomerStore, customerId: string, handles: IdentityRef[], now: string): Promise<number> {
  const authored = (await Promise.all(handles.map((h) => tx.mentionsByAuthor(h.scope, h.value, AUTHOR_MENTIONS)))).flat().filter((m) => !m.customerId);
  if (!authored.length) return 0;
  const risk = await currentRisk(tx, customerId, now, authored);
  await tx.setMentionLinks(authored.map((m) => linkChangeOf(linkedMention(m, customerId, risk))));
  return authored.length;
}

export async function importRecords(store: CustomerStore, records: readonly ImportRecord[], now: string): Promise<ImportSummary> {
  const summary: ImportSummary = { customers: { created: 0, updated: 0, unchanged: 0 }, touchpoints: { inserted: 0, updated: 0, unchanged: 0 }, mentionsLinked: 0, outcomes: [] };
  for (let start = 0; start < records.length; start += CHUNK) {
    await store.transaction(async (tx) => {
      const touched = new Set<string>();
      for (const record of records.slice(start, start + CHUNK)) {
        const resolved = await resolveCustomer(tx, record.customer, now);
        if ('reason' in resolved) {
          summary.outcomes.push({ status: 'error', reason: resolved.reason });
          continue;
        }
        summary.customers[resolved.change]++;
        summary.mentionsLinked += await linkAuthoredMentions(tx, resolved.customerId, resolved.newHandles, now);
        let changed = resolved.change !== 'unchanged';
        if (record.type === 'touchpoint') {
          const { type: _, customer: __, ...fields } = record;
          const touchpoint: Touchpoint = { id: touchpointIdOf({ externalId: record.externalId }), customerId: resolved.customerId, ...fields };
          const [write] = await tx.upsertTouchpoints([touchpoint], now);
          summary.touchpoints[write!]++;
          changed ||= write !== 'unchanged';
        }
        if (changed) touched.add(resolved.customerId);
        summary.outcomes.push({ status: changed ? 'imported' : 'unchanged' });
      }
      // In the same commit as the touchpoints: a crash before the summaries below leaves the mark behind.
      await tx.markJourneysStale([...touched]);
    });
  }
  // Touchpoints may have made a customer's earlier public complaints churn-risk ones, and they change the
  // journeys; this also finishes what an interrupted earlier import (or collector) left stale.
  await settleStaleCustomers(store, now);
  return summary;
}
