// Benchmark: scale-out — items/s stored by 1 and by 3 `vigia start` processes sharing one PostgreSQL, counted
// in the database, while they collect many RSS feeds served on 127.0.0.1 (spread over a few ports, as feeds
// are spread over hosts). Twice: feeds that answer at once (the processes only compute: the cores bound
// it), and feeds that answer after a round trip like a remote server's (a process also waits). The CPU each
// process used, and PostgreSQL's, say which limit was met: with one process using c cores of the machine's
// n (PostgreSQL included), no number of processes can do more than n / c times as much — the ceiling printed
// beside each ratio. The share of PostgreSQL sessions found waiting on a lock says whether writers wait for
// each other. Skipped, with the reason, without a PostgreSQL server.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../collector/store/postgres-store.ts';
import { findTestPostgres } from '../collector/store/testing/postgres-test-server.ts';
import { poolSample } from './pool.ts';

export const name = 'scale-out';

export interface ScaleOutOptions {
  /** Feeds, each collected once. @default 240 */
  feeds?: number;
  /** Posts per feed. @default 25 */
  postsPerFeed?: number;
  /** Ports (hosts) the feeds are spread over. @default 6 */
  hosts?: number;
  /** Longest a run may take before it is measured as it stands. @default 150000 */
  timeoutMs?: number;
}

const TARGET = 2.5;

/** Feed servers on 127.0.0.1, one per host; each answers after `delayMs`. */
async function startFeedHosts(hosts: number, postsPerFeed: number, delayMs: number): Promise<{ bases: string[]; close(): Promise<void> }> {
  const texts = poolSample(4000).map((t) => t.text.replace(/[<&]/g, ' '));
  const servers: Server[] = [];
  for (let h = 0; h < hosts; h++) {
    const server = createServer((req, res) => {
      const feed = Number(/^\/feeds\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
      if (feed < 0) return void res.writeHead(404).end();
      const items = Array.from({ length: postsPerFeed }, (_, p) => {
        const n = feed * postsPerFeed + p;
        return `<item><guid isPermaLink="false">bench-${n}</guid><link>http://127.0.0.1/posts/${n}</link><title>Lumora ${n}</title><description>Lumora: ${texts[n % texts.length]}</description><pubDate>${new Date(Date.UTC(2026, 10, 20, 8, 0, n % 3600)).toUTCString()}</pubDate></item>`;
      });
      const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>http://127.0.0.1/</link><description>bench</description>${items.join('')}</channel></rss>`;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body), delayMs);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    servers.push(server);
  }
  return {
    bases: servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`),
    close: async () => void (await Promise.all(servers.map((s) => new Promise((done) => (s.closeAllConnections(), s.close(done)))))),
  };
}

/** CPU seconds a process has used (Linux /proc; undefined elsewhere). */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function startCollector(config: string, databaseUrl: string): { child: ChildProcess; ready: Promise<void> } {
  // VIGIA_BENCH_CPU_PROF=<dir>: each collector writes a CPU profile there when it stops.
  const profile = process.env.VIGIA_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.VIGIA_BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, resolve('bin/vigia.js'), 'start', '--config', config, '--port', '0'], {
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', VIGIA_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((done, fail) => {
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      if (process.env.VIGIA_BENCH_LOG) appendFileSync(process.env.VIGIA_BENCH_LOG, chunk);
      if (/Vigía collecting/.test(output)) done();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => fail(new Error(`scale-out: a collector exited (${code}) before collecting: ${output.slice(-800)}`)));
  });
  return { child, ready };
}

/** Items/s stored between 10 % and 90 % of all items (start-up left out), and the CPU cores the processes used meanwhile. */
interface Measured {
  perSecond: number;
  /** Cores each collector process used (undefined where /proc is missing). */
  cores: (number | undefined)[];
  /** Cores PostgreSQL's sessions for the run's database used. */
  pgCores: number | undefined;
  /** Of the PostgreSQL sessions found running a statement, the share waiting for a lock. */
  lockWaits: number;
  stored: number;
}

/** CPU seconds of each process, summed; undefined if any is unreadable. */
const cpuOf = (pids: readonly (number | undefined)[]) => pids.map(cpuSeconds);
const sum = (values: readonly (number | undefined)[]) => (values.some((v) => v === undefined) ? undefined : values.reduce<number>((a, v) => a + v!, 0));

async function measure(server: string, processes: number, opts: Required<ScaleOutOptions>, delayMs: number): Promise<Measured> {
  const database = `vigia_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = Object.assign(new URL(server), { pathname: `/${database}` }).toString();
  const hosts = await startFeedHosts(opts.hosts, opts.postsPerFeed, delayMs);
  const dir = mkdtempSync(join(tmpdir(), 'vigia-scale-out-'));
  const children: ChildProcess[] = [];
  const client = new pg.Client({ connectionString: url });
  try {
    const config = join(dir, 'vigia.config.json');
    const sources = Array.from({ length: opts.feeds }, (_, f) => ({ id: `feed-${f}`, kind: 'rss', url: `${hosts.bases[f % hosts.bases.length]}/feeds/${f}.xml`, every: '1h' }));
    writeFileSync(config, JSON.stringify({ brands: [{ name: 'Lumora', query: 'lumora' }], sources }));
    // The schema and the sources exist before any process starts, due only once every process is ready:
    // all start collecting together, and start-up is left out of the figure.
    const store = await openPostgresStore(url);
    await store.registerSources(sources.map((s) => ({ id: s.id, kind: s.kind, url: s.url, everyMs: 3_600_000 })));
    await store.close();
    await client.connect();
    await client.query(`UPDATE sources SET next_run_at = '2999-01-01T00:00:00.000Z'`);
    const started = Array.from({ length: processes }, () => startCollector(config, url));
    children.push(...started.map((r) => r.child));
    await Promise.all(started.map((r) => r.ready));
    await client.query('UPDATE sources SET next_run_at = NULL');
    const total = opts.feeds * opts.postsPerFeed;
    const count = async () => Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM mentions')).rows[0]!.n);
    const deadline = Date.now() + opts.timeoutMs;
    const backends = async () =>
      (await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')).rows.map((r) => r.pid);
    const sample = { active: 0, locked: 0 };
    let from: { at: number; n: number; cpu: (number | undefined)[]; pg: Map<number, number | undefined> } | undefined;
    let n = 0;
    while ((n = await count()) < total * 0.9 && Date.now() < deadline) {
      if (!from && n >= total * 0.1) from = { at: performance.now(), n, cpu: cpuOf(children.map((c) => c.pid)), pg: new Map((await backends()).map((pid) => [pid, cpuSeconds(pid)])) };
      if (from) {
        const waits = await client.query<{ wait: string | null }>("SELECT wait_event_type AS wait FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()");
        sample.active += waits.rows.length;
        sample.locked += waits.rows.filter((r) => r.wait === 'Lock').length;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const at = performance.now();
    const used = cpuOf(children.map((c) => c.pid));
    // Sessions opened after the start count from zero; those gone by the end are left out (the pool keeps its own).
    const pgUsed = sum((await backends()).map((pid) => ((now, before) => (now === undefined ? undefined : now - (before ?? 0)))(cpuSeconds(pid), from?.pg.get(pid))));
    from ??= { at: at - 1, n: 0, cpu: used, pg: new Map() };
    const seconds = (at - from.at) / 1000;
    const start = from.cpu;
    return {
      perSecond: Math.round((n - from.n) / seconds),
      cores: used.map((u, i) => (u === undefined || start[i] === undefined ? undefined : (u - start[i]!) / seconds)),
      pgCores: pgUsed === undefined ? undefined : pgUsed / seconds,
      lockWaits: sample.active ? sample.locked / sample.active : 0,
      stored: n,
    };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    await client.end().catch(() => undefined);
    await hosts.close();
    rmSync(dir, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${database}`).catch(() => undefined);
    await admin.end();
  }
}

export async function run(options: ScaleOutOptions = {}): Promise<{ name: string; metrics: Record<string, number>; lines: string[] }> {
  const opts: Required<ScaleOutOptions> = { feeds: 240, postsPerFeed: 25, hosts: 6, timeoutMs: 150_000, ...options };
  const pgServer = await findTestPostgres({ VIGIA_TEST_DATABASE_URL: process.env.VIGIA_BENCH_DATABASE_URL || process.env.VIGIA_TEST_DATABASE_URL });
  const lines = [`scale-out: ${opts.feeds} feeds × ${opts.postsPerFeed} posts on ${opts.hosts} loopback hosts, \`vigia start\` processes on one PostgreSQL`];
  const metrics: Record<string, number> = {};
  if (!pgServer.url) return { name, metrics, lines: [...lines, `  skipped (${pgServer.reason})`] };
  const machine = availableParallelism();
  lines.push(`  machine: ${machine} cores, PostgreSQL on the same machine; ceiling = ${machine} cores / cores one process and its PostgreSQL sessions used (at most 3×)`);
  for (const delayMs of [0, 150]) {
    const label = delayMs ? `feeds answer in ${delayMs} ms` : 'feeds answer at once';
    const runs = [];
    for (const processes of [1, 3]) runs.push({ processes, ...(await measure(pgServer.url, processes, opts, delayMs)) });
    const [one, three] = runs as [(typeof runs)[0], (typeof runs)[0]];
    const ratio = Number((three.perSecond / one.perSecond).toFixed(2));
    metrics[`${delayMs}ms ratio`] = ratio;
    for (const r of runs) {
      metrics[`${delayMs}ms ${r.processes} processes items/s`] = r.perSecond;
      const each = r.cores.every((c) => c !== undefined) ? `, cores ${r.cores.map((c) => c!.toFixed(2)).join(' + ')}` : '';
      const pgCores = r.pgCores === undefined ? '' : ` + PostgreSQL ${r.pgCores.toFixed(2)}`;
      const timedOut = r.stored < opts.feeds * opts.postsPerFeed * 0.9 ? ` (timed out at ${r.stored} items)` : '';
      lines.push(`  ${label.padEnd(24)} ${r.processes} process${r.processes > 1 ? 'es' : '  '} ${r.perSecond.toLocaleString('en').padStart(7)} items/s${each}${pgCores}; sessions waiting on a lock ${(r.lockWaits * 100).toFixed(0)} %${timedOut}`);
    }
    const oneCores = sum([...one.cores, one.pgCores]);
    const ceiling = oneCores ? Math.min(3, machine / oneCores) : 3;
    metrics[`${delayMs}ms ceiling`] = Number(ceiling.toFixed(2));
    const verdict = ratio >= TARGET ? 'pass' : ceiling < TARGET ? `FAIL: unreachable here, the ceiling is ${ceiling.toFixed(2)}×` : 'FAIL';
    lines.push(`  ${label.padEnd(24)} 3 vs 1: ${ratio}× of a ${ceiling.toFixed(2)}× ceiling (${Math.round((ratio / ceiling) * 100)} %; target ≥ ${TARGET}×: ${verdict})`);
  }
  return { name, metrics, lines };
}

export default { name, run };
