// CRM touchpoints (upserted by external id, so re-imports change nothing), journey moves, and the
// retention cut that drops touchpoints older than the configured days.
import type { Kysely } from 'kysely';
import type { Touchpoint } from '../../shared/journey/touchpoint.ts';
import type { TouchpointWrite } from '../customers/customer-store.ts';
import type { BulkColumn } from './bulk-insert.ts';
import { insertRows } from './json-rows-insert.ts';
import { chunkedIn, isIn } from './in-list.ts';
import { chunked } from './customer-queries.ts';
import type { VigiaDatabase } from './schema.ts';
import type { StoreDialect } from './sql-backend.ts';
import type { TouchpointsTable } from './customer-tables.ts';

const TOUCHPOINT_COLUMNS: readonly BulkColumn<TouchpointsTable>[] = (['id', 'external_id', 'customer_id', 'at', 'doc', 'updated_at'] as const).map((name) => ({ name, pg: 'text' }));

/** JSON with keys sorted: equal touchpoints compare equal whatever order their fields were set in. */
export function stableJson(value: unknown): string {
  // Built in one string, keys sorted in place: no array of entries, of pieces or of filtered pairs per object.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i ? ',' : ''}${stableJson(value[i]) ?? ''}`;
    return `${out}]`;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let out = '{';
    for (const key of keys) {
      const v = record[key];
      if (v === undefined) continue;
      out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${stableJson(v)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}

/** Rows grouped by customer, in the order read. */
export function groupBy<R extends { customer_id: string }, T>(rows: readonly R[], map: (row: R) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const own = groups.get(row.customer_id);
    if (own) own.push(map(row));
    else groups.set(row.customer_id, [map(row)]);
  }
  return groups;
}

export function createTouchpointQueries(db: Kysely<VigiaDatabase>, dialect: StoreDialect) {
  return {
    /** Must run inside a write transaction (the caller's). */
    async upsertTouchpoints(touchpoints: readonly Touchpoint[], now: string): Promise<TouchpointWrite[]> {
      for (const tp of touchpoints) if (!tp.externalId) throw new TypeError(`store: touchpoint ${tp.id} has no externalId to upsert on`);
      const existing = await chunkedIn(
        dialect,
        touchpoints.map((tp) => tp.externalId!),
        (ids) => db.selectFrom('touchpoints').select(['external_id', 'doc']).where(isIn(dialect, 'external_id', ids)).execute(),
      );
      const stored = new Map(existing.map((r) => [r.external_id, r.doc]));
      // New ones are inserted together at the end (a touchpoint listed twice: its last version).
      const fresh = new Map<string, TouchpointsTable>();
      const writes: TouchpointWrite[] = [];
      for (const tp of touchpoints) {
        const doc = stableJson(tp);
        const before = stored.get(tp.externalId!);
        if (before === doc) {
          writes.push('unchanged');
          continue;
        }
        const row = { id: tp.id, external_id: tp.externalId!, customer_id: tp.customerId, at: tp.at, doc, updated_at: now };
        if (before === undefined || fresh.has(row.external_id)) fresh.set(row.external_id, row);
        else await db.updateTable('touchpoints').set(row).where('external_id', '=', tp.externalId!).execute();
        stored.set(tp.externalId!, doc);
        writes.push(before === undefined ? 'inserted' : 'updated');
      }
      await insertRows(db, dialect, 'touchpoints', TOUCHPOINT_COLUMNS, [...fresh.values()]);
      return writes;
    },

    async touchpointsOf(customerId: string): Promise<Touchpoint[]> {
      const rows = await db.selectFrom('touchpoints').select('doc').where('customer_id', '=', customerId).orderBy('at').orderBy('id').execute();
      return rows.map((r) => JSON.parse(r.doc) as Touchpoint);
    },

    async touchpointsOfCustomers(customerIds: readonly string[]): Promise<Map<string, Touchpoint[]>> {
      const rows = await chunkedIn(dialect, [...new Set(customerIds)], (ids) =>
        db.selectFrom('touchpoints').select(['customer_id', 'doc']).where(isIn(dialect, 'customer_id', ids)).orderBy('customer_id').orderBy('at').orderBy('id').execute(),
      );
      return groupBy(rows, (r) => JSON.parse(r.doc) as Touchpoint);
    },

    /** Must run inside a write transaction (the caller's). */
    async deleteTouchpointsBefore(before: string): Promise<{ deleted: number; customerIds: string[] }> {
      const old = await db.selectFrom('touchpoints').select(['id', 'customer_id']).where('at', '<', before).execute();
      if (!old.length) return { deleted: 0, customerIds: [] };
      await chunked(old.map((r) => r.id), (ids) => db.deleteFrom('journey_moves').where('touchpoint_id', 'in', ids).execute());
      await db.deleteFrom('touchpoints').where('at', '<', before).execute();
      return { deleted: old.length, customerIds: [...new Set(old.map((r) => r.customer_id))] };
    },

    async journeyMoves(customerId: string): Promise<Record<string, string>> {
      const rows = await db.selectFrom('journey_moves').select(['touchpoint_id', 'journey_id']).where('customer_id', '=', customerId).execute();
      return Object.fromEntries(rows.map((r) => [r.touchpoint_id, r.journey_id]));
    },

    async journeyMovesOf(customerIds: readonly string[]): Promise<Map<string, Record<string, string>>> {
      const rows = await chunkedIn(dialect, [...new Set(customerIds)], (ids) =>
        db.selectFrom('journey_moves').select(['customer_id', 'touchpoint_id', 'journey_id']).where(isIn(dialect, 'customer_id', ids)).execute(),
      );
      return new Map([...groupBy(rows, (r) => [r.touchpoint_id, r.journey_id] as const)].map(([id, moves]) => [id, Object.fromEntries(moves)]));
    },

    async saveJourneyMove(move: { customerId: string; touchpointId: string; journeyId: string; by: string; at: string }): Promise<void> {
      const row = { customer_id: move.customerId, touchpoint_id: move.touchpointId, journey_id: move.journeyId, moved_by: move.by, moved_at: move.at };
      await db
        .insertInto('journey_moves')
        .values(row)
        .onConflict((oc) => oc.columns(['customer_id', 'touchpoint_id']).doUpdateSet({ journey_id: row.journey_id, moved_by: row.moved_by, moved_at: row.moved_at }))
        .execute();
    },
  };
}
