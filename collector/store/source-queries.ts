// Source run state (consecutive errors, validators from the last success) and source leases, so that many
// collectors share the sources: each due source goes to exactly one of them until its lease runs out.
import { sql } from 'kysely';
import type { SqlBackend } from './sql-backend.ts';
import type { SourcesTable } from './schema.ts';
import type { SourceLease, SourceRegistration, SourceRunRecord, SourceState } from './store.ts';

const toSourceState = (r: SourcesTable): SourceState => ({
  id: r.id,
  kind: r.kind,
  url: r.url,
  etag: r.etag ?? undefined,
  lastModified: r.last_modified ?? undefined,
  sinceId: r.since_id ?? undefined,
  since: r.since_at ?? undefined,
  lastRunAt: r.last_run_at ?? undefined,
  lastSuccessAt: r.last_success_at ?? undefined,
  nextRunAt: r.next_run_at ?? undefined,
  itemsSeen: Number(r.items_seen),
  itemsNew: Number(r.items_new),
  errorCount: Number(r.error_count),
  lastError: r.last_error ?? undefined,
});

export function createSourceQueries(backend: SqlBackend, now: () => Date = () => new Date()) {
  const { db } = backend;
  return {
    async state(id: string): Promise<SourceState | undefined> {
      const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSourceState(row);
    },

    async list(): Promise<SourceState[]> {
      return (await db.selectFrom('sources').selectAll().orderBy('id').execute()).map(toSourceState);
    },

    async recordRun(run: SourceRunRecord): Promise<void> {
      await db
        .insertInto('sources')
        .values({
          id: run.id,
          kind: run.kind,
          url: run.url,
          etag: run.etag ?? null,
          last_modified: run.lastModified ?? null,
          since_id: run.sinceId ?? null,
          since_at: run.since ?? null,
          last_run_at: run.ranAt,
          last_success_at: run.ok ? run.ranAt : null,
          next_run_at: run.nextRunAt ?? null,
          items_seen: run.itemsSeen,
          items_new: run.itemsNew,
          error_count: run.ok ? 0 : 1,
          last_error: run.ok ? null : (run.error ?? null),
        })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            kind: eb.ref('excluded.kind'),
            url: eb.ref('excluded.url'),
            // A failed run keeps the validators (and success time) of the last good one.
            etag: run.ok ? eb.ref('excluded.etag') : eb.ref('sources.etag'),
            last_modified: run.ok ? eb.ref('excluded.last_modified') : eb.ref('sources.last_modified'),
            since_id: run.ok ? eb.ref('excluded.since_id') : eb.ref('sources.since_id'),
            since_at: run.ok ? eb.ref('excluded.since_at') : eb.ref('sources.since_at'),
            last_success_at: run.ok ? eb.ref('excluded.last_success_at') : eb.ref('sources.last_success_at'),
            last_run_at: eb.ref('excluded.last_run_at'),
            next_run_at: eb.fn.coalesce('excluded.next_run_at', 'sources.next_run_at'),
            items_seen: eb.ref('excluded.items_seen'),
            items_new: eb.ref('excluded.items_new'),
            error_count: run.ok ? eb.val(0) : sql<number>`sources.error_count + 1`,
            last_error: eb.ref('excluded.last_error'),
          })),
        )
        .execute();
    },

    async register(sources: SourceRegistration[]): Promise<void> {
      if (!sources.length) return;
      await db
        .insertInto('sources')
        .values(sources.map((s) => ({ id: s.id, kind: s.kind, url: s.url, every_ms: s.everyMs, items_seen: 0, items_new: 0, error_count: 0 })))
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ kind: eb.ref('excluded.kind'), url: eb.ref('excluded.url'), every_ms: eb.ref('excluded.every_ms') })))
        .execute();
    },

    async leaseDue(collectorId: string, limit: number, leaseMs: number): Promise<SourceLease[]> {
      const at = now();
      const nowIso = at.toISOString();
      const leaseUntil = new Date(at.getTime() + leaseMs).toISOString();
      return backend.writeTransaction(async (trx) => {
        const due = trx
          .selectFrom('sources')
          .select('id')
          .where('every_ms', 'is not', null)
          .where((eb) => eb.or([eb('next_run_at', 'is', null), eb('next_run_at', '<=', nowIso)]))
          .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', nowIso)]))
          .orderBy(sql`coalesce(next_run_at, '')`)
          .orderBy('id')
          .limit(limit)
          // Rows another collector is leasing right now are skipped, not waited for. SQLite has one
          // writer at a time already (BEGIN IMMEDIATE) and no such clause.
          .$if(backend.dialect === 'postgres', (q) => q.forUpdate().skipLocked());
        const rows = await trx
          .updateTable('sources')
          .set({ lease_owner: collectorId, lease_until: leaseUntil })
          .where('id', 'in', due)
          .returning(['id', 'kind', 'url', 'lease_until'])
          .execute();
        return rows.map((r) => ({ id: r.id, kind: r.kind, url: r.url, leaseUntil: r.lease_until ?? leaseUntil })).sort((a, b) => (a.id < b.id ? -1 : 1));
      });
    },

    async renew(collectorId: string, id: string, leaseMs: number): Promise<boolean> {
      // Only the holder extends: once another collector has taken the source (after this lease ran out) it is theirs.
      const result = await db
        .updateTable('sources')
        .set({ lease_until: new Date(now().getTime() + leaseMs).toISOString() })
        .where('id', '=', id)
        .where('lease_owner', '=', collectorId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async release(collectorId: string, id: string, nextRunAt: string): Promise<boolean> {
      const result = await db
        .updateTable('sources')
        .set({ lease_owner: null, lease_until: null, next_run_at: nextRunAt })
        .where('id', '=', id)
        .where('lease_owner', '=', collectorId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
