// VigiaStore over any SqlBackend: the queries are written once (Kysely) and run on SQLite or PostgreSQL.
import { createAlertDeliveryQueries } from './alert-delivery-queries.ts';
import { createMentionQueries } from './mention-queries.ts';
import { migrateSchema } from './migrations.ts';
import { createSentimentStatsQueries } from './sentiment-stats-queries.ts';
import { createAspectQueries } from './aspect-queries.ts';
import { createSqlCustomerStore } from './sql-customer-store.ts';
import { createSqlNoiseStore } from './sql-noise-store.ts';
import { createSourceQueries } from './source-queries.ts';
import { createSqlTeamStore } from './sql-team-store.ts';
import type { SqlBackend } from './sql-backend.ts';
import type { VigiaStore } from './store.ts';
import { createTokenQueries } from './token-queries.ts';
import { createTicketQueries } from './ticket-queries.ts';
import { createRecoveryQueries } from './recovery-queries.ts';

export interface SqlStore extends VigiaStore {
  /** The engine underneath, for tools that copy or inspect tables (vigia migrate, benchmarks). */
  readonly sql: SqlBackend;
  /** Settles once the schema is up to date; rejects with the reason it could not be brought up to date. */
  readonly ready: Promise<void>;
}

/** Every method of `api` waits for the schema first. */
function afterReady<T extends object>(api: T, ready: Promise<void>): T {
  const waiting = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(api) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    waiting[name] = async (...args: unknown[]) => {
      await ready;
      return fn(...args);
    };
  }
  return waiting as T;
}

/**
 * Wraps a backend; the schema is migrated in the background and every call waits for it, so a store can
 * be handed out synchronously (the SQLite opener) and still never touch an old schema.
 */
export function createSqlStore(backend: SqlBackend, opts: { now?: () => Date } = {}): SqlStore {
  const ready = migrateSchema(backend).then(() => undefined);
  ready.catch(() => undefined); // reported to whoever awaits `ready` or calls a method
  const mentions = createMentionQueries(backend);
  const sources = createSourceQueries(backend, opts.now);
  const tokens = createTokenQueries(backend, opts.now);
  const deliveries = createAlertDeliveryQueries(backend, opts.now);
  const stats = createSentimentStatsQueries(backend.db, backend.dialect);
  const recovery = createRecoveryQueries(backend);
  const aspects = createAspectQueries(backend.db, backend.dialect);
  const after =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await ready;
      return fn(...args);
    };

  return {
    backend: backend.dialect,
    sql: backend,
    ready,
    knownMentionIds: after(mentions.knownIds),
    insertMentions: after(mentions.insert),
    getMention: after(mentions.get),
    listMentions: after(mentions.list),
    updateTriage: after(mentions.updateTriage),
    latestSeq: after(mentions.latestSeq),
    countMentions: after(mentions.count),
    sourceState: after(sources.state),
    listSourceStates: after(sources.list),
    recordSourceRun: after(sources.recordRun),
    registerSources: after(sources.register),
    leaseDueSources: after(sources.leaseDue),
    renewSourceLease: after(sources.renew),
    releaseSource: after(sources.release),
    claimAlertDelivery: after(deliveries.claim),
    releaseAlertDelivery: after(deliveries.release),
    pruneAlertDeliveries: after(deliveries.prune),
    createToken: after(tokens.create),
    listTokens: after(tokens.list),
    revokeToken: after(tokens.revoke),
    verifyToken: after(tokens.verify),
    onChange: (listener) => backend.onChange(listener),
    customers: createSqlCustomerStore(backend, ready),
    tickets: afterReady(createTicketQueries(backend), ready),
    linkedMentions: after(recovery.linkedMentions),
    setMentionRecovery: after(recovery.setMentionRecovery),
    noise: createSqlNoiseStore(backend, ready),
    team: createSqlTeamStore(backend, ready),
    sentimentStats: after(stats.sentimentStats),
    aspectStats: after(aspects.aspectStats),
    async close() {
      await ready.catch(() => undefined);
      await tokens.flush();
      await backend.close();
    },
  };
}
