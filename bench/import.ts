// Benchmark: `vigia import` of a 100 000-touchpoint generic CSV into a fresh SQLite store (and a fresh
// PostgreSQL schema when VIGIA_BENCH_DATABASE_URL or VIGIA_TEST_DATABASE_URL answers), each run in a child
// process so its peak memory (max RSS) is its own; against csv-parse reading the same file alone (the floor
// any import of it pays). Targets: ≥ 20 000 touchpoints/s and ≤ 400 MB.
import { fork } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse';
import { runImportCommand } from '../collector/commands/import.ts';
import { writeImportCsv } from './import-file.ts';

export const name = 'import';

interface ChildResult {
  seconds: number;
  maxRssMb: number;
  summary: string;
}

/** Where the child imports: a SQLite file, or a PostgreSQL schema. */
type Target = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

/** In the child: the import as the CLI runs it, timed, with the process's peak memory. */
async function importChild(file: string, target: Target): Promise<ChildResult> {
  // Only the engine's own modules, as the CLI loads them: the child's peak memory is the import's.
  const store =
    target.kind === 'sqlite'
      ? (await import('../collector/store/sqlite-store.ts')).openSqliteStore(target.file)
      : await (await import('../collector/store/postgres-store.ts')).openPostgresStore(target.url, { schema: target.schema });
  await store.ready;
  const started = performance.now();
  const { lines, failed } = await runImportCommand(store, file, { now: new Date('2026-12-01T00:00:00Z') }, () => undefined);
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  if (failed) throw new Error(`bench: the import reported ${failed} errors`);
  return { seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, summary: lines.at(-1)! };
}

function runChild(file: string, target: Target): Promise<ChildResult> {
  const child = fork(fileURLToPath(import.meta.url), ['--import-child', file, JSON.stringify(target)], { execArgv: ['--import', import.meta.resolve('tsx')] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as ChildResult));
    child.once('exit', (code) => reject(new Error(`bench: the import process exited (${code}) without a result`)));
  });
}

/** Rows per second csv-parse reads from the file, streamed, nothing else done with them. */
async function bareParseRate(file: string, rows: number): Promise<number> {
  const started = performance.now();
  let n = 0;
  for await (const _ of createReadStream(file).pipe(parse({ relax_quotes: true, relax_column_count: true }))) n++;
  if (n !== rows + 1) throw new Error(`bench: csv-parse read ${n} rows, expected ${rows + 1}`);
  return rows / ((performance.now() - started) / 1000);
}

export async function run(options: { touchpoints?: number } = {}): Promise<{ name: string; metrics: Record<string, number>; lines: string[] }> {
  const touchpoints = options.touchpoints ?? 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'vigia-bench-import-'));
  try {
    const file = join(dir, 'touchpoints.csv');
    await writeImportCsv(file, touchpoints);
    // Loaded here, not at the top: the child process imports this module too, and ingest.ts brings the
    // enrichment models with it (over 200 MB that the import itself never loads).
    const { figureLine } = await import('./ingest.ts');
    const { dropSchema, findTestPostgres, testSchemaName } = await import('../collector/store/testing/postgres-test-server.ts');
    const child = await runChild(file, { kind: 'sqlite', file: join(dir, 'import.db') });
    const bare = await bareParseRate(file, touchpoints);
    const lines = [`import: ${touchpoints.toLocaleString('en')} touchpoints (generic CSV) into a fresh store, in a process of its own`];
    const metrics: Record<string, number> = { bareCsvParsePerSecond: Math.round(bare) };
    const report = (engine: string, result: ChildResult) => {
      const perSecond = touchpoints / result.seconds;
      metrics[`import${engine === 'sqlite' ? '' : 'Postgres'}PerSecond`] = Math.round(perSecond);
      metrics[`import${engine === 'sqlite' ? '' : 'Postgres'}MaxRssMb`] = Math.round(result.maxRssMb);
      lines.push(
        figureLine(`vigia import, ${engine}`, perSecond, 'touchpoints/s', bare, 'bare csv-parse', 20_000),
        `  ${`vigia import, ${engine}, peak memory`.padEnd(34)} ${Math.round(result.maxRssMb).toString().padStart(8)} MB   target ≤ 400: ${result.maxRssMb <= 400 ? 'pass' : 'FAIL'}`,
        `  ${result.summary.replace(file, 'touchpoints.csv')}`,
      );
    };
    report('sqlite', child);
    const pg = await findTestPostgres({ VIGIA_TEST_DATABASE_URL: process.env.VIGIA_BENCH_DATABASE_URL || process.env.VIGIA_TEST_DATABASE_URL });
    if (!pg.url) lines.push(`  vigia import, postgres: skipped: no PostgreSQL (${pg.reason})`);
    else {
      const schema = testSchemaName();
      try {
        report('postgres', await runChild(file, { kind: 'postgres', url: pg.url, schema }));
      } finally {
        await dropSchema(pg.url, schema);
      }
    }
    return { name, metrics, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default { name, run };

if (process.argv[2] === '--import-child' && import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const result = await importChild(process.argv[3]!, JSON.parse(process.argv[4]!) as Target);
  process.send!(result);
  process.exit(0);
}
