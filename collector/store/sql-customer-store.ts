// CustomerStore over any SqlBackend. Outside a transaction each multi-statement write takes its own; inside
// `transaction` every call runs on that one, and changed mentions get seqs announced when it commits.
import type { Kysely } from 'kysely';
import type { CustomerStore } from '../customers/customer-store.ts';
import { chunked, createCustomerQueries } from './customer-queries.ts';
import { createCustomerMentionQueries } from './customer-mention-queries.ts';
import { createIdentityLinkQueries } from './identity-link-queries.ts';
import { createJourneyQueries } from './journey-queries.ts';
import { createMentionLinkQueries } from './mention-link-queries.ts';
import type { VigiaDatabase } from './schema.ts';
import type { ChangeAnnouncer, SqlBackend } from './sql-backend.ts';
import { createTouchpointQueries } from './touchpoint-queries.ts';

/** Brand names change only when a new brand is configured: a minute of caching spares a scan per journey view. */
const BRAND_CACHE_MS = 60_000;

function boundStore(backend: SqlBackend, db: Kysely<VigiaDatabase>, announce: ChangeAnnouncer | undefined, brands: { names?: string[]; at: number }): CustomerStore {
  const customers = createCustomerQueries(db, backend.dialect);
  const touchpoints = createTouchpointQueries(db, backend.dialect);
  const mentions = createMentionLinkQueries(db);
  const links = createIdentityLinkQueries(db);
  const journeys = createJourneyQueries(db, backend.dialect);
  const customerMentions = createCustomerMentionQueries(db);
  const inTransaction = announce !== undefined;
  /** Runs `fn` in this store's transaction, or in a new change transaction when there is none. */
  const atomic = <T>(fn: (tx: CustomerStore, db: Kysely<VigiaDatabase>, announce: ChangeAnnouncer) => Promise<T>): Promise<T> =>
    inTransaction ? fn(self, db, announce) : backend.changeTransaction((trx, a) => fn(boundStore(backend, trx, a, brands), trx, a));

  const self: CustomerStore = {
    transaction: (fn) => atomic((tx) => fn(tx)),
    getCustomer: customers.getCustomer,
    getCustomers: customers.getCustomers,
    existingCustomers: customers.existingCustomers,
    ownersOf: customers.ownersOf,
    saveCustomer: (customer, now) => atomic((_, trx) => createCustomerQueries(trx, backend.dialect).saveCustomers([customer], now)),
    saveCustomers: (list, now, opts) => atomic((_, trx) => createCustomerQueries(trx, backend.dialect).saveCustomers(list, now, opts)),
    forgetCustomer: (id) =>
      atomic(async (_, trx, a) => {
        const linked = await createMentionLinkQueries(trx).mentionsOfCustomer(id, Number.MAX_SAFE_INTEGER);
        await createMentionLinkQueries(trx).setMentionLinks(
          linked.map((m) => ({ mentionId: m.id, ...(m.moment ? { moment: m.moment } : {}), priority: m.priority })),
          a,
        );
        // Tickets opened from their posts stay (the helpdesk holds them), but the queue keeps nothing of the
        // person: a draft not yet sent is written again, without them, if it ever is.
        await trx.updateTable('tickets').set({ customer_id: null, draft: null }).where('customer_id', '=', id).execute();
        await chunked(linked.map((m) => m.id), (chunk) => trx.updateTable('tickets').set({ draft: null }).where('mention_id', 'in', chunk).execute());
        return createCustomerQueries(trx, backend.dialect).forgetCustomer(id);
      }),
    scrubErased: () => backend.scrubErased(),
    upsertTouchpoints: (list, now) => atomic((_, trx) => createTouchpointQueries(trx, backend.dialect).upsertTouchpoints(list, now)),
    touchpointsOf: touchpoints.touchpointsOf,
    touchpointsOfCustomers: touchpoints.touchpointsOfCustomers,
    deleteTouchpointsBefore: (before) => atomic((_, trx) => createTouchpointQueries(trx, backend.dialect).deleteTouchpointsBefore(before)),
    mentionsOfCustomer: mentions.mentionsOfCustomer,
    mentionsByAuthor: mentions.mentionsByAuthor,
    customersWithMentions: customerMentions.customersWithMentions,
    authorsWithMentions: customerMentions.authorsWithMentions,
    setMentionLinks: (changes) => atomic((_, trx, a) => createMentionLinkQueries(trx).setMentionLinks(changes, a)),
    authorCandidates: mentions.authorCandidates,
    async brandNames() {
      if (!brands.names || Date.now() - brands.at > BRAND_CACHE_MS) Object.assign(brands, { names: await mentions.brandNames(), at: Date.now() });
      return brands.names!;
    },
    recordLink: (link) => atomic((_, trx) => createIdentityLinkQueries(trx).recordLink(link)),
    activeLink: links.activeLink,
    closeLink: links.closeLink,
    journeyMoves: touchpoints.journeyMoves,
    journeyMovesOf: touchpoints.journeyMovesOf,
    saveJourneyMove: touchpoints.saveJourneyMove,
    replaceJourneySummaries: (customerId, summaries, now) => atomic((_, trx) => createJourneyQueries(trx, backend.dialect).replaceJourneySummaries(customerId, summaries, now)),
    replaceManyJourneySummaries: (summaries, now) => atomic((_, trx) => createJourneyQueries(trx, backend.dialect).replaceManyJourneySummaries(summaries, now)),
    markJourneysStale: journeys.markJourneysStale,
    staleJourneyCustomers: journeys.staleJourneyCustomers,
    journeyStats: journeys.journeyStats,
  };
  return self;
}

/** The customer side of a SQL store; every call first waits for the schema to be up to date. */
export function createSqlCustomerStore(backend: SqlBackend, ready: Promise<void>): CustomerStore {
  const store = boundStore(backend, backend.db, undefined, { at: 0 });
  const waiting = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(store) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    waiting[name] = async (...args: unknown[]) => {
      await ready;
      return fn(...args);
    };
  }
  return waiting as unknown as CustomerStore;
}
