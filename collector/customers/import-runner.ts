// Stores parsed import records: each customer found by any hard identifier (or created), each touchpoint
// upserted by external id — so importing the same file twice changes nothing — and the stored mentions of
// newly known handles linked. A record whose identifiers belong to different customers is refused, not guessed.
import { randomBytes } from 'node:crypto';
import { mergeIdentities, type Customer } from '../../shared/customer/customer.ts';
import { touchpointIdOf, type Touchpoint } from '../../shared/journey/touchpoint.ts';
import type { ImportRecord } from '../import/import-record.ts';
import { currentRisk } from './customer-moments.ts';
import { authorKey, type CustomerStore, type IdentityRef } from './customer-store.ts';
import { describeIdentity, identityKey, identityListsOf, identityRefsOf } from './identity-refs.ts';
import { settleStaleCustomers } from './customer-maintenance.ts';
import { addsNothing } from './identity-unchanged.ts';
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

/**
 * Records per transaction: big enough to be quick (a commit writes every index page the chunk touched, so on a
 * large store fewer, larger commits write far fewer pages per record), small enough not to hold the write
 * lock for long.
 */
const CHUNK = 5000;
const AUTHOR_MENTIONS = 1000;

/** Random bytes drawn a few kilobytes at a time: one draw per new customer was a visible part of an import. */
let pool = Buffer.alloc(0);
let poolAt = 0;

/** Vigía's own customer id: random, so it reveals nothing about the person. */
export function newCustomerId(): string {
  if (poolAt + 9 > pool.length) (pool = randomBytes(9 * 512)), (poolAt = 0);
  return `cus_${pool.toString('base64url', poolAt, (poolAt += 9))}`;
}

/** A customer as the store gives it back (identities normalised, e-mails, then handles, then CRM ids). */
const storedShape = (customer: Customer): Customer => ({ id: customer.id, names: customer.names, ...identityListsOf(identityRefsOf(customer)) });

type Resolved = { customerId: string; change: 'created' | 'updated' | 'unchanged'; newHandles: IdentityRef[] } | { reason: string };

/**
 * The customers of one chunk, resolved in memory from what the store holds (one lookup for the chunk),
 * record after record as if each were saved before the next is read; `save` writes the changed ones.
 */
async function chunkCustomers(tx: CustomerStore, records: readonly ImportRecord[]) {
  const refsOf = records.map((r) => identityRefsOf(r.customer));
  // Each ref's key made once: the owner map is read with it several times per record.
  const keysOf = refsOf.map((refs) => refs.map(identityKey));
  const unique = new Map<string, IdentityRef>();
  refsOf.forEach((refs, i) => refs.forEach((ref, j) => unique.set(keysOf[i]![j]!, ref)));
  const owners = await tx.ownersOf([...unique.values()]);
  const customers = new Map((await tx.getCustomers([...new Set(owners.values())])).map((c) => [c.id, c]));
  const changed = new Map<string, Customer>();
  const created = new Set<string>();

  function resolve(index: number): Resolved {
    const refs = refsOf[index]!;
    const keys = keysOf[index]!;
    const ids: string[] = [];
    for (const key of keys) {
      const owner = owners.get(key);
      if (owner !== undefined && !ids.includes(owner)) ids.push(owner);
    }
    if (ids.length > 1) {
      const which = refs.filter((r) => owners.has(identityKey(r))).map((r) => `${describeIdentity(r)} → ${owners.get(identityKey(r))}`);
      return { reason: `identifiers belong to different customers (${which.join(', ')}): link them by hand` };
    }
    const handles = refs.filter((r) => r.kind === 'handle');
    const identity = records[index]!.customer;
    const own = (customer: Customer) => {
      customers.set(customer.id, customer);
      changed.set(customer.id, customer);
      for (const key of keys) owners.set(key, customer.id);
    };
    if (!ids.length) {
      const customer = storedShape({ id: newCustomerId(), ...identity });
      own(customer);
      created.add(customer.id);
      return { customerId: customer.id, change: 'created', newHandles: handles };
    }
    const customerId = ids[0]!;
    const existing = customers.get(customerId)!;
    if (addsNothing(existing, identity)) return { customerId, change: 'unchanged', newHandles: [] };
    const merged = storedShape({ id: customerId, ...mergeIdentities(existing, identity) });
    if (JSON.stringify(merged) === JSON.stringify(existing)) return { customerId, change: 'unchanged', newHandles: [] };
    const newHandles = handles.filter((r) => !owners.has(identityKey(r)));
    own(merged);
    return { customerId, change: 'updated', newHandles };
  }

  // Every customer saved here is one whose moments the chunk changed: marked stale as it is written.
  return { resolve, saved: changed, save: (now: string) => tx.saveCustomers([...changed.values()], now, { stale: true, created }) };
}

/** Links unlinked stored mentions by these handles to the customer that now holds them. */
async function linkAuthoredMentions(tx: CustomerStore, customerId: string, handles: IdentityRef[], now: string): Promise<number> {
  const authored = (await Promise.all(handles.map((h) => tx.mentionsByAuthor(h.scope, h.value, AUTHOR_MENTIONS)))).flat().filter((m) => !m.customerId);
  if (!authored.length) return 0;
  const risk = await currentRisk(tx, customerId, now, authored);
  await tx.setMentionLinks(authored.map((m) => linkChangeOf(linkedMention(m, customerId, risk))));
  return authored.length;
}

/** linkAuthoredMentions for a chunk's new handles: one query finds the handles that wrote anything at all. */
async function linkChunkAuthors(tx: CustomerStore, newHandles: readonly { customerId: string; handles: IdentityRef[] }[], now: string): Promise<number> {
  if (!newHandles.length) return 0;
  const authors = await tx.authorsWithMentions(newHandles.flatMap(({ handles }) => handles.map((h) => ({ platform: h.scope, handle: h.value }))));
  let linked = 0;
  for (const { customerId, handles } of newHandles) {
    const writing = handles.filter((h) => authors.has(authorKey(h.scope, h.value)));
    if (writing.length) linked += await linkAuthoredMentions(tx, customerId, writing, now);
  }
  return linked;
}

/** One chunk in one transaction: customers, then touchpoints, then the mentions of newly known handles. */
async function importChunk(tx: CustomerStore, records: readonly ImportRecord[], now: string, summary: ImportSummary): Promise<void> {
  const customers = await chunkCustomers(tx, records);
  const touched = new Set<string>();
  const touchpoints: { touchpoint: Touchpoint; outcome: number }[] = [];
  const newHandles: { customerId: string; handles: IdentityRef[] }[] = [];
  records.forEach((record, i) => {
    const resolved = customers.resolve(i);
    if ('reason' in resolved) return void summary.outcomes.push({ status: 'error', reason: resolved.reason });
    summary.customers[resolved.change]++;
    if (resolved.newHandles.length) newHandles.push({ customerId: resolved.customerId, handles: resolved.newHandles });
    if (resolved.change !== 'unchanged') touched.add(resolved.customerId);
    summary.outcomes.push({ status: resolved.change === 'unchanged' ? 'unchanged' : 'imported' });
    if (record.type === 'touchpoint') {
      const { type: _, customer: __, ...fields } = record;
      touchpoints.push({ touchpoint: { id: touchpointIdOf({ externalId: record.externalId }), customerId: resolved.customerId, ...fields }, outcome: summary.outcomes.length - 1 });
    }
  });
  await customers.save(now);
  // In key order (stable: a touchpoint listed twice keeps its versions' order), so the store's B-trees take
  // the new rows page after page instead of jumping between pages for each row.
  touchpoints.sort((a, b) => (a.touchpoint.id < b.touchpoint.id ? -1 : a.touchpoint.id > b.touchpoint.id ? 1 : 0));
  const writes = await tx.upsertTouchpoints(touchpoints.map((t) => t.touchpoint), now);
  writes.forEach((write, i) => {
    summary.touchpoints[write]++;
    if (write === 'unchanged') return;
    touched.add(touchpoints[i]!.touchpoint.customerId);
    summary.outcomes[touchpoints[i]!.outcome] = { status: 'imported' };
  });
  summary.mentionsLinked += await linkChunkAuthors(tx, newHandles, now);
  // In the same commit as the touchpoints: a crash before the summaries below leaves the mark behind
  // (the customers saved above carry it already).
  await tx.markJourneysStale([...touched].filter((id) => !customers.saved.has(id)));
}

/** A summary with nothing counted yet. */
export const emptyImportSummary = (): ImportSummary => ({ customers: { created: 0, updated: 0, unchanged: 0 }, touchpoints: { inserted: 0, updated: 0, unchanged: 0 }, mentionsLinked: 0, outcomes: [] });

/**
 * Stores the records, a chunk per transaction. `settle: false` leaves the customers whose moments changed
 * marked stale (for a caller importing a file batch by batch, which settles once at the end).
 */
export async function importRecords(store: CustomerStore, records: readonly ImportRecord[], now: string, opts: { settle?: boolean } = {}): Promise<ImportSummary> {
  const summary = emptyImportSummary();
  for (let start = 0; start < records.length; start += CHUNK) {
    await store.transaction((tx) => importChunk(tx, records.slice(start, start + CHUNK), now, summary));
  }
  // Touchpoints may have made a customer's earlier public complaints churn-risk ones, and they change the
  // journeys; this also finishes what an interrupted earlier import (or collector) left stale.
  if (opts.settle !== false) await settleStaleCustomers(store, now);
  return summary;
}
