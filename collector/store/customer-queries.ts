// Customers and their hard identifiers on either engine: one owner per identity (the primary key says so),
// records read back in the order they were written, and forgetting that leaves nothing of the person.
import type { Kysely } from 'kysely';
import type { Customer } from '../../shared/customer/customer.ts';
import { IdentityConflictError } from '../customers/customer-errors.ts';
import type { ForgetCounts, IdentityKind, IdentityRef } from '../customers/customer-store.ts';
import { describeIdentity, identityKey, identityListsOf, identityRefsOf } from '../customers/identity-refs.ts';
import type { BulkColumn } from './bulk-insert.ts';
import { insertRows } from './json-rows-insert.ts';
import { chunkedIn, isIn } from './in-list.ts';
import type { CustomerIdentitiesTable, CustomersTable } from './customer-tables.ts';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';

/** Values per IN (…) list: far below both engines' parameter limits. */
const IN_CHUNK = 500;
const KIND_ORDER: Record<string, number> = { email: 0, handle: 1, crm: 2 };

export async function chunked<T, R>(items: readonly T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += IN_CHUNK) out.push(...(await fn(items.slice(i, i + IN_CHUNK))));
  return out;
}

const count = (result: { numDeletedRows: bigint }[]) => result.reduce((n, r) => n + Number(r.numDeletedRows), 0);

const CUSTOMER_COLUMNS: readonly BulkColumn<CustomersTable>[] = [
  ...(['id', 'names', 'created_at', 'updated_at'] as const).map((name) => ({ name, pg: 'text' as const })),
  { name: 'journeys_stale', pg: 'bigint' },
];
const IDENTITY_COLUMNS: readonly BulkColumn<CustomerIdentitiesTable>[] = [
  ...(['kind', 'scope', 'value', 'customer_id'] as const).map((name) => ({ name, pg: 'text' as const })),
  { name: 'position', pg: 'bigint' },
  { name: 'added_at', pg: 'text' },
];
/** A customer saved again keeps its creation time and stale mark. */
const CUSTOMER_UPSERT = 'ON CONFLICT (id) DO UPDATE SET names = excluded.names, updated_at = excluded.updated_at';
/** …or is marked stale in the same statement: one write of the row and its index instead of two. */
const CUSTOMER_UPSERT_STALE = `${CUSTOMER_UPSERT}, journeys_stale = 1`;

export function createCustomerQueries(db: Kysely<VigiaDatabase>, dialect: StoreDialect) {
  async function getCustomers(ids: readonly string[]): Promise<Customer[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const rows = await chunkedIn(dialect, unique, (chunk) => db.selectFrom('customers').select(['id', 'names']).where(isIn(dialect, 'id', chunk)).execute());
    const identities = await chunkedIn(dialect, unique, (chunk) =>
      db.selectFrom('customer_identities').select(['customer_id', 'kind', 'scope', 'value', 'position']).where(isIn(dialect, 'customer_id', chunk)).execute(),
    );
    const byCustomer = new Map<string, typeof identities>();
    // push, not spread: a spread per row makes a large batch quadratic.
    for (const row of identities) {
      const own = byCustomer.get(row.customer_id);
      if (own) own.push(row);
      else byCustomer.set(row.customer_id, [row]);
    }
    const found = new Map(
      rows.map((row) => {
        const own = (byCustomer.get(row.id) ?? []).sort((a, b) => KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]! || Number(a.position) - Number(b.position));
        const refs = own.map((r) => ({ kind: r.kind as IdentityKind, scope: r.scope, value: r.value }));
        return [row.id, { id: row.id, names: JSON.parse(row.names) as string[], ...identityListsOf(refs) }];
      }),
    );
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  async function ownersOf(identities: readonly IdentityRef[]): Promise<Map<string, string>> {
    const owners = new Map<string, string>();
    // One query per kind and scope keeps the lookups on the primary key.
    const groups = new Map<string, IdentityRef[]>();
    for (const ref of identities) {
      const group = groups.get(`${ref.kind}\n${ref.scope}`);
      if (group) group.push(ref);
      else groups.set(`${ref.kind}\n${ref.scope}`, [ref]);
    }
    for (const refs of groups.values()) {
      const { kind, scope } = refs[0]!;
      const rows = await chunkedIn(
        dialect,
        refs.map((r) => r.value),
        (values) =>
          db.selectFrom('customer_identities').select(['value', 'customer_id']).where('kind', '=', kind).where('scope', '=', scope).where(isIn(dialect, 'value', values)).execute(),
      );
      for (const row of rows) owners.set(identityKey({ kind, scope, value: row.value }), row.customer_id);
    }
    return owners;
  }

  return {
    getCustomers,
    ownersOf,

    async existingCustomers(ids: readonly string[]): Promise<Set<string>> {
      const rows = await chunkedIn(dialect, [...new Set(ids)], (chunk) => db.selectFrom('customers').select('id').where(isIn(dialect, 'id', chunk)).execute());
      return new Set(rows.map((r) => r.id));
    },

    async getCustomer(id: string): Promise<Customer | undefined> {
      return (await getCustomers([id]))[0];
    },

    /** Must run inside a write transaction (the caller's). A few statements for the whole list, not per customer. */
    async saveCustomers(customers: readonly Customer[], now: string, opts: { stale?: boolean; created?: ReadonlySet<string> } = {}): Promise<void> {
      // The last version of a customer listed twice wins, as two saves in a row would leave it.
      const list = [...new Map(customers.map((c) => [c.id, c])).values()];
      if (!list.length) return;
      const refsOf = new Map(list.map((c) => [c.id, identityRefsOf(c)]));
      // Customers the caller created in this transaction, from identities it found unowned in it: nobody
      // else can own those, and they have no identities to keep the times of or to replace.
      const known = opts.created ? list.filter((c) => !opts.created!.has(c.id)) : list;
      const owners = await ownersOf(known.flatMap((c) => refsOf.get(c.id)!));
      for (const customer of known) {
        const taken = refsOf.get(customer.id)!.filter((ref) => {
          const owner = owners.get(identityKey(ref));
          return owner !== undefined && owner !== customer.id;
        });
        if (taken.length) {
          const others = [...new Set(taken.map((ref) => owners.get(identityKey(ref))!))];
          throw new IdentityConflictError(`${taken.map(describeIdentity).join(', ')} already belong${taken.length === 1 ? 's' : ''} to customer ${others.join(', ')}`, others);
        }
      }
      const ids = known.map((c) => c.id);
      const before = await chunkedIn(dialect, ids, (chunk) => db.selectFrom('customer_identities').select(['customer_id', 'kind', 'scope', 'value', 'added_at']).where(isIn(dialect, 'customer_id', chunk)).execute());
      const addedAt = new Map(before.map((r) => [`${r.customer_id}\n${identityKey({ kind: r.kind as IdentityKind, scope: r.scope, value: r.value })}`, r.added_at]));
      const stale = opts.stale ? 1 : 0;
      // Rows in key order: the B-trees take them page after page.
      const customerRows = list.map((c) => ({ id: c.id, names: JSON.stringify(c.names), created_at: now, updated_at: now, journeys_stale: stale })).sort((a, b) => (a.id < b.id ? -1 : 1));
      await insertRows(db, dialect, 'customers', CUSTOMER_COLUMNS, customerRows, stale ? CUSTOMER_UPSERT_STALE : CUSTOMER_UPSERT);
      await chunkedIn(dialect, ids, (chunk) => db.deleteFrom('customer_identities').where(isIn(dialect, 'customer_id', chunk)).execute());
      const rows = list.flatMap((customer) => {
        const positions = new Map<string, number>();
        return refsOf.get(customer.id)!.map((ref) => {
          const position = positions.get(ref.kind) ?? 0;
          positions.set(ref.kind, position + 1);
          return { ...ref, customer_id: customer.id, position, added_at: addedAt.get(`${customer.id}\n${identityKey(ref)}`) ?? now };
        });
      });
      rows.sort((a, b) => (a.kind !== b.kind ? (a.kind < b.kind ? -1 : 1) : a.scope !== b.scope ? (a.scope < b.scope ? -1 : 1) : a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      await insertRows(db, dialect, 'customer_identities', IDENTITY_COLUMNS, rows);
    },

    /** Must run inside a write transaction; mentions are unlinked by the caller first (they need seqs). */
    async forgetCustomer(id: string): Promise<ForgetCounts> {
      const links = await db.selectFrom('identity_links').select('id').where('customer_id', '=', id).execute();
      const linkIds = links.map((l) => Number(l.id));
      if (linkIds.length) await chunked(linkIds, (chunk) => db.deleteFrom('identity_link_mentions').where('link_id', 'in', chunk).execute());
      // Other customers' links that took an identity from this one keep no trace of who that was.
      await db.updateTable('identity_links').set({ previous_customer_id: null, previous_position: null }).where('previous_customer_id', '=', id).execute();
      await db.updateTable('identity_link_mentions').set({ previous_customer_id: null }).where('previous_customer_id', '=', id).execute();
      const deleted = {
        links: count(await db.deleteFrom('identity_links').where('customer_id', '=', id).execute()),
        touchpoints: count(await db.deleteFrom('touchpoints').where('customer_id', '=', id).execute()),
        identities: count(await db.deleteFrom('customer_identities').where('customer_id', '=', id).execute()),
      };
      await db.deleteFrom('journey_moves').where('customer_id', '=', id).execute();
      await db.deleteFrom('journeys').where('customer_id', '=', id).execute();
      const customers = count(await db.deleteFrom('customers').where('id', '=', id).execute());
      return { customers, ...deleted };
    },
  };
}
