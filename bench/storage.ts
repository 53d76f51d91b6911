// Benchmark: the store on SQLite and PostgreSQL — ingest throughput with 1 and 3 collector processes
// writing at once (feed-sized batches, as collect-source writes them), and mention-list latency (p50/p95)
// once the store holds 1 M mentions. PostgreSQL runs when VIGIA_BENCH_DATABASE_URL or
// VIGIA_TEST_DATABASE_URL answers (scripts/postgres.sh starts one); otherwise it is reported as skipped.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { openPostgresStore } from '../collector/store/postgres-store.ts';
import { dropSchema, findTestPostgres, testSchemaName } from '../collector/store/testing/postgres-test-server.ts';
import { openSqliteStore } from '../collector/store/sqlite-store.ts';
import type { SqlStore } from '../collector/store/sql-store.ts';
import type { MentionFilter, MentionPosition } from '../collector/store/store.ts';
import { ASCII_WORDS, LABELS, PLATFORMS, buildMentionRows, syntheticMention } from './storage-rows.ts';

export const name = 'storage';

export interface StorageBenchOptions {
  /** Mentions in the store for the list latencies. @default 1000000 */
  rows?: number;
  /** Mentions written in each ingest run (split among the collectors). @default 30000 */
  ingest?: number;
  /** Timed calls per list shape. @default 200 */
  samples?: number;
}

export interface StorageBenchResult {
  name: string;
  metrics: Record<string, number>;
  lines: string[];
}

type Backend = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

const open = (b: Backend): Promise<SqlStore> =>
  b.kind === 'sqlite' ? Promise.resolve(openSqliteStore(b.file)) : openPostgresStore(b.url, { schema: b.schema, poolSize: 4 });

/** One collector process: knownMentionIds + insertMentions per feed-sized batch, like collect-source. */
async function writer(backend: Backend, from: number, count: number, prefix: string): Promise<void> {
  const store = await open(backend);
  process.send!('ready');
  await new Promise((resolve) => process.once('message', resolve));
  for (let i = from; i < from + count; i += 25) {
    const batch = Array.from({ length: Math.min(25, from + count - i) }, (_, k) => syntheticMention(i + k, prefix));
    const known = await store.knownMentionIds(batch.map((m) => m.id));
    await store.insertMentions(batch.filter((m) => !known.has(m.id)));
  }
  await store.close();
  process.send!('done');
}

/** Mentions per second with `collectors` processes writing `total` new mentions into a fresh store. */
async function ingest(backend: Backend, collectors: number, total: number): Promise<number> {
  await (await open(backend)).close(); // migrate once, before the clock starts
  const share = Math.ceil(total / collectors);
  const children = Array.from({ length: collectors }, (_, c) =>
    fork(fileURLToPath(import.meta.url), ['--storage-writer', JSON.stringify(backend), String(c * share), String(share), `c${collectors}-`], { execArgv: ['--import', import.meta.resolve('tsx')] }),
  );
  const message = (child: (typeof children)[number], text: string) => new Promise<void>((resolve) => child.on('message', (m) => m === text && resolve()));
  await Promise.all(children.map((c) => message(c, 'ready')));
  const started = performance.now();
  const done = children.map((c) => message(c, 'done'));
  children.forEach((c) => c.send('go'));
  await Promise.all(done);
  return Math.round((share * collectors) / ((performance.now() - started) / 1000));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** p50 and p95 milliseconds of each list shape the API serves. */
async function listLatencies(store: SqlStore, rows: number, samples: number): Promise<Record<string, { p50: number; p95: number }>> {
  // Page keys spread over the whole table, as a client deep in its scroll would send them.
  const keys = await store.sql.db.selectFrom('mentions').select(['sort_at', 'id']).where(sql<boolean>`seq % ${Math.max(1, Math.floor(rows / samples))} = 0`).execute();
  if (!keys.length) throw new Error('bench: the store is empty');
  const deep = (i: number): MentionPosition => ({ mode: 'newest', after: { sortAt: keys[i % keys.length]!.sort_at, id: keys[i % keys.length]!.id } });
  const shapes: Record<string, (i: number) => [MentionFilter, MentionPosition, number]> = {
    'newest 50': () => [{}, { mode: 'newest' }, 50],
    'next page (keyset, deep)': (i) => [{}, deep(i), 50],
    'platform filter': (i) => [{ platform: PLATFORMS[i % PLATFORMS.length] }, { mode: 'newest' }, 50],
    'sentiment + status': (i) => [{ sentiment: LABELS[i % 3], status: 'resolved' }, { mode: 'newest' }, 50],
    'change feed 200': (i) => [{}, { mode: 'changes', afterSeq: Math.floor(((i * 104_729) % rows) * 0.98) }, 200],
    'search, common word': (i) => [{ q: ASCII_WORDS[i % ASCII_WORDS.length] }, { mode: 'newest' }, 50],
    'search, one author': (i) => [{ q: `user ${(i * 7919) % 50_000} ` }, { mode: 'newest' }, 50],
  };
  const out: Record<string, { p50: number; p95: number }> = {};
  for (const [shape, args] of Object.entries(shapes)) {
    const n = shape.startsWith('search') ? Math.max(10, samples / 10) : samples;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      await store.listMentions(...args(i));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    out[shape] = { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
  }
  return out;
}

export async function run(options: StorageBenchOptions = {}): Promise<StorageBenchResult> {
  const rows = options.rows ?? 1_000_000;
  const total = options.ingest ?? 30_000;
  const dir = mkdtempSync(join(tmpdir(), 'vigia-bench-'));
  const pg = await findTestPostgres({ VIGIA_TEST_DATABASE_URL: process.env.VIGIA_BENCH_DATABASE_URL || process.env.VIGIA_TEST_DATABASE_URL });
  const metrics: Record<string, number> = {};
  const lines = [`storage: ingest of ${total.toLocaleString('en')} mentions in batches of 25, list latency at ${rows.toLocaleString('en')} mentions`];
  const fresh = (kind: 'sqlite' | 'postgres', label: string): Backend =>
    kind === 'sqlite' ? { kind, file: join(dir, `${label}.db`) } : { kind, url: pg.url!, schema: testSchemaName() };
  const dispose = async (b: Backend) => {
    if (b.kind === 'postgres') await dropSchema(b.url, b.schema);
    else for (const suffix of ['', '-wal', '-shm']) rmSync(b.file + suffix, { force: true });
  };
  try {
    for (const kind of ['sqlite', 'postgres'] as const) {
      if (kind === 'postgres' && !pg.url) {
        lines.push(`  postgres: skipped (${pg.reason})`);
        continue;
      }
      for (const collectors of [1, 3]) {
        const backend = fresh(kind, `ingest-${collectors}`);
        const perSecond = await ingest(backend, collectors, total);
        metrics[`${kind}Ingest${collectors}CollectorsPerSecond`] = perSecond;
        lines.push(`  ${kind.padEnd(8)} ingest, ${collectors} collector${collectors > 1 ? 's' : ' '}: ${perSecond.toLocaleString('en')} mentions/s`);
        await dispose(backend);
      }
      const backend = fresh(kind, 'list');
      const store = await open(backend);
      const seconds = await buildMentionRows(store, rows);
      metrics[`${kind}BuildSeconds`] = Math.round(seconds);
      lines.push(`  ${kind.padEnd(8)} built ${rows.toLocaleString('en')} mentions in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')}/s)`);
      for (const [shape, { p50, p95 }] of Object.entries(await listLatencies(store, rows, options.samples ?? 200))) {
        metrics[`${kind} ${shape} p95 ms`] = Number(p95.toFixed(2));
        lines.push(`  ${kind.padEnd(8)} ${shape.padEnd(27)} p50 ${p50.toFixed(2).padStart(8)} ms   p95 ${p95.toFixed(2).padStart(8)} ms`);
      }
      await store.close();
      await dispose(backend);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { name, metrics, lines };
}

export default { name, run };

if (process.argv[2] === '--storage-writer' && import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const [, , , backend, from, count, prefix] = process.argv;
  await writer(JSON.parse(backend!) as Backend, Number(from), Number(count), prefix!);
  process.exit(0);
}
