// Benchmark: how fast `vigia` starts and how much memory it holds (issue 18). `vigia --version` and the first
// line out of `vigia analyze` against bare node doing as little; the peak memory of a one-feed `vigia fetch`
// and the steady memory of `vigia start` with 50 sources, next to bare node's. The CLI runs as users run it
// (bin/vigia.js on the compiled build), against feeds on 127.0.0.1; every process is bounded in time.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR, ROOT, buildCollector, buildState } from '../scripts/collector-build.js';
import { serveBenchFeeds } from './startup-feeds.ts';

export const name = 'startup';

const VIGIA = join(ROOT, 'bin/vigia.js');
const ROUNDS = 5;
const SOURCES = 50;
/** A text no function word decides, so the first line pays for the language detector too. */
const ANALYZE_LINE = JSON.stringify({ text: 'Lumora: fibra caída otra vez en Triana, tres días 😡' });
/** Reports the process's peak resident memory (VmHWM, kB) on stderr as it exits. Not resourceUsage().maxRSS:
 * on Linux that also counts the parent's memory at the fork. */
const PEAK_PRELOAD = "data:text/javascript,import{readFileSync}from'node:fs';process.on('exit',()=>process.stderr.write('\\npeak-rss-kb '+/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status','utf8'))[1]+'\\n'))";

const TARGETS = { versionS: 0.5, analyzeS: 1, fetchMb: 200, startMb: 300 };

function start(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: boolean } = {}): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...opts.env }, stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, stderr: () => stderr };
}

/** Kills the child if it still runs after `ms` (its exit code is then null), so nothing can hang the bench. */
function bound(run: { child: ChildProcess }, ms: number): () => void {
  const timer = setTimeout(() => run.child.kill('SIGKILL'), ms);
  return () => clearTimeout(timer);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function exitMs(args: string[]): Promise<number> {
  const started = performance.now();
  const run = start(args);
  const cancel = bound(run, 30_000);
  const code = await run.exited;
  cancel();
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}: ${run.stderr().trim().split('\n')[0]}`);
  return performance.now() - started;
}

async function firstByteMs(args: string[], line: string): Promise<number> {
  const started = performance.now();
  const run = start(args, { stdin: true });
  const cancel = bound(run, 30_000);
  run.child.stdin!.end(`${line}\n`);
  const ms = await new Promise<number>((resolve, reject) => {
    run.child.stdout!.once('data', () => resolve(performance.now() - started));
    void run.exited.then((code) => reject(new Error(`${args.join(' ')} exited with ${code} before writing: ${run.stderr().trim().split('\n')[0]}`)));
  });
  await run.exited;
  cancel();
  return ms;
}

async function peakMb(args: string[], env?: NodeJS.ProcessEnv): Promise<number> {
  const run = start(['--import', PEAK_PRELOAD, ...args], { env });
  const cancel = bound(run, 60_000);
  const code = await run.exited;
  cancel();
  const kb = /peak-rss-kb (\d+)/.exec(run.stderr())?.[1];
  if (code !== 0 || !kb) throw new Error(`${args.join(' ')} exited with ${code}: ${run.stderr().trim().split('\n')[0]}`);
  return Number(kb) / 1024;
}

const residentMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** `vigia start` on `SOURCES` feeds: once every source has run, the most it holds over the next 5 s. */
async function startSteadyMb(dir: string): Promise<number> {
  const feeds = await serveBenchFeeds(20);
  const sources = Array.from({ length: SOURCES }, (_, n) => ({ id: `feed-${n}`, kind: 'rss', url: feeds.url(n), every: '10m' }));
  writeFileSync(join(dir, 'vigia.config.json'), JSON.stringify({ brands: [{ name: 'Lumora', query: 'lumora' }], sources }));
  const run = start([VIGIA, 'start', '--port', '0'], { cwd: dir, env: { VIGIA_DATA_DIR: join(dir, 'start-data') } });
  const cancel = bound(run, 180_000);
  try {
    let ran = 0;
    await new Promise<void>((resolve, reject) => {
      run.child.stdout!.on('data', (chunk: Buffer) => {
        ran += chunk.toString().split('\n').filter((line) => /^[✓✗] feed-/.test(line)).length;
        if (ran >= SOURCES) resolve();
      });
      void run.exited.then((code) => reject(new Error(`vigia start exited with ${code} after ${ran} sources: ${run.stderr().trim().split('\n')[0]}`)));
    });
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      samples.push(residentMb(run.child.pid!));
    }
    return Math.max(...samples);
  } finally {
    run.child.kill('SIGTERM');
    await run.exited;
    cancel();
    await feeds.close();
  }
}

export async function run(): Promise<{ name: string; metrics: Record<string, number>; lines: string[] }> {
  const state = buildState();
  const built = state === 'current' ? undefined : await buildCollector();
  const checkStarted = performance.now();
  for (let i = 0; i < 20; i++) buildState();
  const checkMs = (performance.now() - checkStarted) / 20;

  const dir = mkdtempSync(join(tmpdir(), 'vigia-startup-'));
  try {
    const versionS = median(await sequence(() => exitMs([VIGIA, '--version']))) / 1000;
    const nodeS = median(await sequence(() => exitMs(['-e', '0']))) / 1000;
    const analyzeS = median(await sequence(() => firstByteMs([VIGIA, 'analyze'], ANALYZE_LINE))) / 1000;
    const echoS = median(await sequence(() => firstByteMs(['-e', "process.stdin.once('data', (d) => process.stdout.write(d))"], ANALYZE_LINE))) / 1000;

    const feeds = await serveBenchFeeds(20);
    const fetchMb = await peakMb([VIGIA, 'fetch', feeds.url(0)], { VIGIA_DATA_DIR: join(dir, 'fetch-data') }).finally(() => feeds.close());
    const nodeMb = await peakMb(['-e', '0']);
    const startMb = await startSteadyMb(dir);

    const metrics = { versionS, nodeS, analyzeS, echoS, fetchMb, startMb, nodeMb, checkMs };
    const verdict = (value: number, target: number) => (value <= target ? '✓ meets' : '✗ misses');
    const s = (x: number) => `${x.toFixed(2)} s`;
    const mb = (x: number) => `${Math.round(x)} MB`;
    const lines = [
      `startup: the CLI as users run it (${built ? `compiled first: ${built.modules} modules in ${built.ms} ms` : 'compiled build current'}; median of ${ROUNDS}; feeds on 127.0.0.1)`,
      `  vigia --version:               ${s(versionS)}   bare node -e 0 ${s(nodeS)}   (${(versionS / nodeS).toFixed(1)}×)   ${verdict(versionS, TARGETS.versionS)} ≤ ${TARGETS.versionS} s`,
      `  vigia analyze, first line out: ${s(analyzeS)}   bare node echoing it ${s(echoS)}   (${(analyzeS / echoS).toFixed(1)}×)   ${verdict(analyzeS, TARGETS.analyzeS)} ≤ ${TARGETS.analyzeS} s`,
      `  vigia fetch (one feed) peak:   ${mb(fetchMb)}   bare node ${mb(nodeMb)}   ${verdict(fetchMb, TARGETS.fetchMb)} ≤ ${TARGETS.fetchMb} MB`,
      `  vigia start, ${SOURCES} sources, steady: ${mb(startMb)}   bare node ${mb(nodeMb)}   ${verdict(startMb, TARGETS.startMb)} ≤ ${TARGETS.startMb} MB`,
      `  build check at every start (${BUILD_DIR.slice(ROOT.length)} against the sources): ${checkMs.toFixed(1)} ms`,
    ];
    return { name, metrics, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `ROUNDS` runs one after the other (in parallel they would measure each other). */
async function sequence(measure: () => Promise<number>): Promise<number[]> {
  const values: number[] = [];
  for (let i = 0; i < ROUNDS; i++) values.push(await measure());
  return values;
}

export default { name, run };
