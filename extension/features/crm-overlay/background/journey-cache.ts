// The customer journey cache in Dexie: a CustomerJourneyView split over customers, identities,
// touchpoints and journeys, written in one transaction and read back by any identifier of the customer.
import type { AuthorCandidate, CustomerJourneyView } from '../../../../shared/customer/customer-journey-view.ts';
import type { Mention } from '../../../../shared/mention.ts';
import type { CustomerRow } from '../../../db/customers.ts';
import { identityRowsOf } from '../../../db/identities.ts';
import { db } from '../../../db/vigia-db.ts';

/** A cached view, when the collector gave it, and the authors suggested beside the customer. */
export interface CachedJourney {
  view: CustomerJourneyView;
  fetchedAt: string;
  candidates: AuthorCandidate[];
}

const tables = () => [db.customers, db.identities, db.touchpoints, db.journeys];

async function deleteRowsOf(customerId: string): Promise<void> {
  await Promise.all([
    db.customers.delete(customerId),
    db.identities.where('customerId').equals(customerId).delete(),
    db.touchpoints.where('customerId').equals(customerId).delete(),
    db.journeys.where('customerId').equals(customerId).delete(),
  ]);
}

/**
 * Replaces everything cached about the view's customer with the view (the collector's answer is whole).
 * `candidates` come from a lookup; a refresh without one keeps those cached.
 */
export async function storeCustomerJourney(view: CustomerJourneyView, source: { collectorUrl: string; fetchedAt: string; candidates?: AuthorCandidate[] }): Promise<void> {
  const customerId = view.customer.id;
  const row: CustomerRow = {
    id: customerId,
    collectorUrl: source.collectorUrl,
    customer: view.customer,
    risk: view.risk,
    mentionIds: view.mentions.map((m) => m.id),
    fetchedAt: source.fetchedAt,
  };
  if (view.currentJourneyId !== undefined) row.currentJourneyId = view.currentJourneyId;
  if (view.recovery) row.recovery = view.recovery;
  await db.transaction('rw', tables(), async () => {
    const candidates = source.candidates ?? (await db.customers.get(customerId))?.candidates ?? [];
    const linked = new Set(view.customer.handles.map((h) => `${h.platform}:${h.handle}`));
    const open = candidates.filter((c) => !linked.has(`${c.platform}:${c.handle}`));
    if (open.length > 0) row.candidates = open;
    await deleteRowsOf(customerId);
    await db.customers.put(row);
    // An identity now on this customer may have been cached on another one (linked elsewhere since).
    await db.identities.bulkPut(identityRowsOf(view.customer));
    await db.touchpoints.bulkPut(view.timeline.map((entry) => ({ ...entry, customerId })));
    await db.journeys.bulkPut(view.journeys.map((journey, rank) => ({ ...journey, customerId, rank })));
  });
}

/** The cached view of one customer from this collector; mentions are those of the synced store. */
export async function readCachedJourney(customerId: string, collectorUrl: string): Promise<CachedJourney | undefined> {
  return db.transaction('r', [...tables(), db.mentions], async () => {
    const row = await db.customers.get(customerId);
    if (!row || row.collectorUrl !== collectorUrl) return undefined;
    const [timeline, journeys, mentionRows] = await Promise.all([
      db.touchpoints.where('[customerId+at]').between([customerId, ''], [customerId, '\uffff']).reverse().toArray(),
      db.journeys.where('customerId').equals(customerId).sortBy('rank'),
      db.mentions.bulkGet(row.mentionIds),
    ]);
    const view: CustomerJourneyView = {
      customer: row.customer,
      risk: row.risk,
      journeys: journeys.map(({ customerId: _c, rank: _r, ...journey }) => journey),
      timeline: timeline.map(({ customerId: _c, ...entry }) => entry),
      mentions: mentionRows.flatMap((m): Mention[] => (m ? [m.mention] : [])),
    };
    if (row.currentJourneyId !== undefined) view.currentJourneyId = row.currentJourneyId;
    if (row.recovery) view.recovery = row.recovery;
    return { view, fetchedAt: row.fetchedAt, candidates: row.candidates ?? [] };
  });
}

/**
 * The cached customer with one of these identity keys (surest first: the first key that is cached
 * wins), from this collector.
 */
export async function findCachedCustomerId(keys: readonly string[], collectorUrl: string): Promise<string | undefined> {
  if (keys.length === 0) return undefined;
  const rows = await db.identities.bulkGet([...keys]);
  for (const identity of rows) {
    if (!identity) continue;
    const customer = await db.customers.get(identity.customerId);
    if (customer?.collectorUrl === collectorUrl) return customer.id;
  }
  return undefined;
}

/** Forgets one customer (erased on the collector). */
export async function forgetCachedCustomer(customerId: string): Promise<void> {
  await db.transaction('rw', tables(), () => deleteRowsOf(customerId));
}

/** Forgets customers cached from another collector; returns how many. */
export async function forgetOtherCollectorCustomers(collectorUrl: string): Promise<number> {
  const stale = await db.customers.where('collectorUrl').notEqual(collectorUrl).primaryKeys();
  if (stale.length === 0) return 0;
  await db.transaction('rw', tables(), async () => {
    for (const id of stale) await deleteRowsOf(id);
  });
  return stale.length;
}

/** Ids of cached customers that these handle keys (`platform:handle`) or customer ids belong to. */
export async function cachedCustomersFor(ref: { customerIds: readonly string[]; handleKeys: readonly string[] }): Promise<string[]> {
  const ids = new Set<string>();
  const customers = await db.customers.bulkGet([...ref.customerIds]);
  for (const c of customers) if (c) ids.add(c.id);
  const identities = await db.identities.bulkGet(ref.handleKeys.map((k) => `handle:${k}`));
  for (const i of identities) if (i) ids.add(i.customerId);
  return [...ids];
}
