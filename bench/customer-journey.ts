// Benchmark: what the CRM overlay waits for — lookup by e-mail, then the journey view — for one customer
// among 100 k customers and 1 M touchpoints in the real store (SQLite file; PostgreSQL too when
// VIGIA_BENCH_DATABASE_URL names one), through the store and through the HTTP API.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApi } from '../collector/api/server.ts';
import { lookupCustomer } from '../collector/customers/customer-lookup.ts';
import { buildJourneyView } from '../collector/customers/journey-view.ts';
import { openPostgresStore } from '../collector/store/postgres-store.ts';
import { openSqliteStore } from '../collector/store/sqlite-store.ts';
import type { SqlStore } from '../collector/store/sql-store.ts';
import { fillCustomerStore, type FillOptions } from './customer-journey-data.ts';

export const name = 'customer-journey';

const NOW = '2026-11-24T00:00:00.000Z';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n: number) => n.toFixed(2);

async function timed(samples: number, fn: (i: number) => Promise<void>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function measure(label: string, store: SqlStore, opts: Required<FillOptions> & { queries: number }): Promise<string[]> {
  const started = performance.now();
  const filled = await fillCustomerStore(store, opts);
  const fillSeconds = (performance.now() - started) / 1000;
  const pick = (i: number) => (i * 7919) % opts.customers;
  const email = (i: number) => `customer${pick(i)}@example.com`;
  // Warm the statement caches and the page cache the way a running collector has them.
  for (let i = 0; i < 20; i++) await buildJourneyView(store.customers, (await lookupCustomer(store.customers, { email: email(i + 1000) })).customer!.id, NOW);

  const lookup = await timed(opts.queries, async (i) => void (await lookupCustomer(store.customers, { email: email(i) })));
  const ids = await Promise.all(Array.from({ length: opts.queries }, async (_, i) => (await lookupCustomer(store.customers, { email: email(i) })).customer!.id));
  const journey = await timed(opts.queries, async (i) => void (await buildJourneyView(store.customers, ids[i]!, NOW)));
  const both = await timed(opts.queries, async (i) => {
    const { customer } = await lookupCustomer(store.customers, { email: email(i) });
    await buildJourneyView(store.customers, customer!.id, NOW);
  });
  const api = createApi({ store });
  const headers = { authorization: `Bearer ${await store.createToken('bench')}` };
  const http = await timed(opts.queries, async (i) => {
    const found = await api.app.inject({ url: `/api/customers/lookup?email=${encodeURIComponent(email(i))}`, headers });
    const res = await api.app.inject({ url: `/api/customers/${found.json().customer.id}/journey`, headers });
    if (res.statusCode !== 200) throw new Error(`bench: journey answered ${res.statusCode}`);
  });
  await api.close();
  return [
    `${label}: ${opts.customers.toLocaleString('en')} customers, ${filled.touchpoints.toLocaleString('en')} touchpoints, ${filled.mentions.toLocaleString('en')} linked mentions (filled in ${fillSeconds.toFixed(0)} s)`,
    `  lookup by e-mail:             p50 ${ms(lookup.p50)} ms, p95 ${ms(lookup.p95)} ms`,
    `  journey view (${filled.touchpointsPerCustomer.toFixed(0)} moments avg): p50 ${ms(journey.p50)} ms, p95 ${ms(journey.p95)} ms`,
    `  lookup + journey (store):     p50 ${ms(both.p50)} ms, p95 ${ms(both.p95)} ms`,
    `  lookup + journey (HTTP API):  p50 ${ms(http.p50)} ms, p95 ${ms(http.p95)} ms (${opts.queries} customers each)`,
  ];
}

export interface CustomerJourneyBenchOptions extends FillOptions {
  /** Customers looked up per measurement. @default 200 */
  queries?: number;
}

export async function run(options: CustomerJourneyBenchOptions = {}): Promise<{ lines: string[] }> {
  const opts = { customers: 100_000, touchpointsPerCustomer: 10, mentionEvery: 10, queries: 200, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'vigia-bench-journey-'));
  const lines: string[] = [];
  try {
    const file = join(dir, 'vigia.db');
    const sqlite = openSqliteStore(file);
    try {
      lines.push(...(await measure('SQLite', sqlite, opts)));
      lines.push(`  database file: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    } finally {
      await sqlite.close();
    }
    const url = process.env.VIGIA_BENCH_DATABASE_URL;
    if (url) {
      const schema = `vigia_bench_${Date.now().toString(36)}`;
      const pg = await openPostgresStore(url, { schema });
      try {
        lines.push(...(await measure('PostgreSQL', pg, opts)));
      } finally {
        await pg.sql.db.schema.dropSchema(schema).ifExists().cascade().execute();
        await pg.close();
      }
    } else {
      lines.push('PostgreSQL: skipped (set VIGIA_BENCH_DATABASE_URL to a postgres:// URL to measure it too)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { lines };
}

export default { name, run };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const customers = Number(process.argv[2] ?? 100_000);
  for (const line of (await run({ customers })).lines) console.log(line);
}
