// Benchmark: ingest throughput. The store alone (insertMentions in batches of 1 000, SQLite and PostgreSQL)
// against bare better-sqlite3 / pg inserts of the same rows into the same schema, and `collect --once` of a
// 20 000-item local feed end to end on one core against the enrichment of the same texts alone.
// PostgreSQL runs when VIGIA_BENCH_DATABASE_URL or VIGIA_TEST_DATABASE_URL answers (scripts/postgres.sh
// starts one); otherwise its rows say "skipped: no PostgreSQL".
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../collector/store/postgres-store.ts';
import { BACKSTOP_PAGES, logOutgrew, startCheckpointer, type Checkpointer } from '../collector/store/sqlite-checkpointer.ts';
import { openSqliteStore } from '../collector/store/sqlite-store.ts';
import type { SqlStore } from '../collector/store/sql-store.ts';
import { dropSchema, findTestPostgres, testSchemaName } from '../collector/store/testing/postgres-test-server.ts';
import { collectFeedOnce } from './ingest-collect.ts';
import { barePostgresCopy } from './ingest-postgres.ts';
import { bareRows, barePostgresInsert, bareSqliteInsert, benchMentions } from './ingest-rows.ts';

export const name = 'ingest';

const BATCH = 1000;
/** Rounds per figure, interleaved with its reference: the best counts, so a busy machine slows both alike. */
const ROUNDS = 2;

type Engine = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

const SQLITE_PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'secure_delete = ON', 'foreign_keys = ON'];

/**
 * The bare driver's file is run as the store runs its own: once the log outgrows a small run, a thread
 * checkpoints it after each batch and the writer's own checkpoints wait for BACKSTOP_PAGES (sqlite-checkpointer.ts).
 */
function bareSqliteBatches(file: string, raw: Database.Database, batches: readonly ReturnType<typeof bareRows>[]): Checkpointer | undefined {
  let checkpointer: Checkpointer | undefined;
  for (const rows of batches) {
    bareSqliteInsert(raw, rows);
    if (!checkpointer && logOutgrew(file)) {
      checkpointer = startCheckpointer(file, { onFailure: (reason) => console.error(`bench: the checkpoint thread failed: ${reason}`) });
      raw.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    }
    checkpointer?.wrote();
  }
  return checkpointer;
}

async function openStore(engine: Engine): Promise<SqlStore> {
  const store = engine.kind === 'sqlite' ? openSqliteStore(engine.file) : await openPostgresStore(engine.url, { schema: engine.schema, poolSize: 2 });
  await store.ready;
  return store;
}

/** Mentions per second through the store: insertMentions per batch, each its own transaction. */
async function storeRate(engine: Engine, count: number): Promise<number> {
  const mentions = benchMentions(count, 's');
  const store = await openStore(engine);
  const started = performance.now();
  for (let i = 0; i < count; i += BATCH) await store.insertMentions(mentions.slice(i, i + BATCH));
  const seconds = (performance.now() - started) / 1000;
  if ((await store.countMentions()) !== count) throw new Error('bench: the store did not keep every mention');
  await store.close();
  return count / seconds;
}

type BareRows = ReturnType<typeof bareRows>;

/**
 * Mentions per second for the bare driver inserting the same rows into the same (migrated) schema; on PostgreSQL
 * through `writePostgres` (the multi-row INSERT, or COPY as the store now writes).
 */
async function bareRate(engine: Engine, count: number, writePostgres: (client: pg.ClientBase, rows: BareRows) => Promise<void> = barePostgresInsert): Promise<number> {
  await (await openStore(engine)).close();
  const mentions = benchMentions(count, 's');
  const batches = Array.from({ length: Math.ceil(count / BATCH) }, (_, b) => bareRows(mentions.slice(b * BATCH, (b + 1) * BATCH), b * BATCH + 1));
  if (engine.kind === 'sqlite') {
    const raw = new Database(engine.file);
    for (const pragma of SQLITE_PRAGMAS) raw.pragma(pragma);
    const started = performance.now();
    const checkpointer = bareSqliteBatches(engine.file, raw, batches);
    const seconds = (performance.now() - started) / 1000;
    await checkpointer?.close();
    raw.close();
    return count / seconds;
  }
  const client = new pg.Client({ connectionString: engine.url, options: `-c search_path=${engine.schema}` });
  await client.connect();
  try {
    const started = performance.now();
    for (const rows of batches) await writePostgres(client, rows);
    return count / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
  }
}

const verdict = (measured: number, target: number) => (measured >= target ? 'pass' : 'FAIL');

export function figureLine(figure: string, measured: number, unit: string, reference: number, referenceLabel: string, target: number): string {
  const ratio = reference > 0 ? (measured / reference).toFixed(2) : '–';
  return `  ${figure.padEnd(34)} ${Math.round(measured).toLocaleString('en').padStart(8)} ${unit}   ${referenceLabel} ${Math.round(reference).toLocaleString('en')} (×${ratio})   target ≥ ${target.toLocaleString('en')}: ${verdict(measured, target)}`;
}

export async function run(options: { mentions?: number; feedItems?: number } = {}): Promise<{ name: string; metrics: Record<string, number>; lines: string[] }> {
  const count = options.mentions ?? 20_000;
  const dir = mkdtempSync(join(tmpdir(), 'vigia-bench-ingest-'));
  const pgServer = await findTestPostgres({ VIGIA_TEST_DATABASE_URL: process.env.VIGIA_BENCH_DATABASE_URL || process.env.VIGIA_TEST_DATABASE_URL });
  const metrics: Record<string, number> = {};
  const lines = [`ingest: ${count.toLocaleString('en')} mentions in batches of ${BATCH.toLocaleString('en')}, best of ${ROUNDS} rounds`];
  let serial = 0;
  const fresh = (kind: 'sqlite' | 'postgres'): Engine => (kind === 'sqlite' ? { kind, file: join(dir, `store-${serial++}.db`) } : { kind, url: pgServer.url!, schema: testSchemaName() });
  const dispose = async (engine: Engine) => {
    if (engine.kind === 'postgres') await dropSchema(engine.url, engine.schema);
    else for (const suffix of ['', '-wal', '-shm']) rmSync(engine.file + suffix, { force: true });
  };
  const targets = { sqlite: 50_000, postgres: 20_000 };
  try {
    for (const kind of ['sqlite', 'postgres'] as const) {
      if (kind === 'postgres' && !pgServer.url) {
        lines.push(`  store, postgres: skipped: no PostgreSQL (${pgServer.reason})`);
        continue;
      }
      let best = 0;
      let bare = 0;
      let bareCopy = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const copyEngine = fresh(kind);
        if (copyEngine.kind === 'postgres') bareCopy = Math.max(bareCopy, await bareRate(copyEngine, count, barePostgresCopy));
        await dispose(copyEngine);
        for (const [measure, keep] of [[storeRate, (v: number) => (best = Math.max(best, v))], [bareRate, (v: number) => (bare = Math.max(bare, v))]] as const) {
          const engine = fresh(kind);
          keep(await measure(engine, count));
          await dispose(engine);
        }
      }
      metrics[`${kind}StorePerSecond`] = Math.round(best);
      metrics[`${kind}BarePerSecond`] = Math.round(bare);
      lines.push(figureLine(`store, ${kind}`, best, 'mentions/s', bare, `bare ${kind === 'sqlite' ? 'better-sqlite3' : 'pg'}`, targets[kind]));
      if (bareCopy) (metrics.postgresBareCopyPerSecond = Math.round(bareCopy)), lines.push(figureLine('store, postgres (vs COPY)', best, 'mentions/s', bareCopy, 'bare pg COPY', targets[kind]));
    }
    const collect = await collectFeedOnce(join(dir, 'collect.db'), options.feedItems ?? 20_000);
    metrics.collectOncePerSecond = Math.round(collect.perSecond);
    metrics.enrichmentAlonePerSecond = Math.round(collect.enrichmentPerSecond);
    lines.push(figureLine(`collect --once, ${collect.items.toLocaleString('en')}-item feed`, collect.perSecond, 'items/s', collect.enrichmentPerSecond, 'enrichment alone', 5000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { name, metrics, lines };
}

export default { name, run };
