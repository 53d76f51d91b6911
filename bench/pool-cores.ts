// The pool bench's rates and the cores behind them. One thread of JavaScript is not one core: V8 compiles hot
// functions and collects garbage on helper threads of its own, which in a process with one enrichment thread
// run on the idle core. So "2 threads vs 1" understates what two cores give; the honest "one core" is a
// process held to one core (taskset), measured the same way as the one given every core.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnalyzeInput } from '../collector/enrich/analyze.ts';
import { EnrichPool } from '../collector/enrich/pool/enrich-pool.ts';

/** Texts per second, and the cores the process kept busy meanwhile (CPU time of all its threads / wall time). */
export interface Rate {
  perSecond: number;
  coresBusy: number;
}

/** The best of `rounds` runs of `work` over `texts`, with that run's busy cores. */
export async function measureRate(texts: readonly AnalyzeInput[], work: (texts: readonly AnalyzeInput[]) => unknown, rounds: number): Promise<Rate> {
  let best: Rate = { perSecond: 0, coresBusy: 0 };
  for (let round = 0; round < rounds; round++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await work(texts);
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const perSecond = Math.round(texts.length / (wall / 1000));
    if (perSecond > best.perSecond) best = { perSecond, coresBusy: Number(((used.user + used.system) / 1000 / wall).toFixed(2)) };
  }
  return best;
}

/** A pool of `threads` on `texts`, in steady state: it analyzes the whole sample once before it is timed. */
export async function poolRate(threads: number, texts: readonly AnalyzeInput[], rounds: number): Promise<Rate> {
  const pool = new EnrichPool({ size: threads });
  try {
    await pool.analyze(texts);
    return await measureRate(texts, (batch) => pool.analyze(batch), rounds);
  } finally {
    await pool.close();
  }
}

/** CPU time (1/100 s ticks) of each thread of this process, by thread id; empty where /proc has no threads. */
export function threadTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return ticks;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(tid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return ticks;
}

/** Where a run's CPU went, in µs per text: the pool's threads, V8's helper threads (compiler, garbage collector), the main thread. */
export interface CpuSplit {
  workers: number;
  helpers: number;
  main: number;
}

/**
 * The CPU `work` spends on `texts`, split by thread: threads that existed before the pool (`known`, taken
 * from threadTicks before the pool started) other than the main thread are V8's and Node's own; new ones are the pool's.
 */
export async function cpuSplit(texts: readonly AnalyzeInput[], work: (texts: readonly AnalyzeInput[]) => unknown, known: ReadonlyMap<string, number>): Promise<CpuSplit | undefined> {
  const before = threadTicks();
  await work(texts);
  const after = threadTicks();
  const split = { workers: 0, helpers: 0, main: 0 };
  for (const [tid, ticks] of after) {
    const used = ticks - (before.get(tid) ?? 0);
    if (tid === String(process.pid)) split.main += used;
    else if (known.has(tid)) split.helpers += used;
    else split.workers += used;
  }
  const perText = (t: number) => Math.round((t * 10_000) / texts.length);
  return split.workers ? { workers: perText(split.workers), helpers: perText(split.helpers), main: perText(split.main) } : undefined;
}

/** Whether this machine can hold a process to some of its cores. */
export const canPin = (): boolean => process.platform === 'linux' && spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0;

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * poolRate in a process of its own, on the first `count` texts of poolSample, held to the CPUs `cpus` (a
 * taskset list such as "0") or free on every core.
 */
export async function poolRateApart(threads: number, count: number, rounds: number, cpus?: string): Promise<Rate> {
  const url = (file: string) => JSON.stringify(pathToFileURL(join(here, file)).href);
  const script = `import { poolSample } from ${url('pool.ts')}; import { poolRate } from ${url('pool-cores.ts')};
    console.log(JSON.stringify(await poolRate(${threads}, poolSample(${count}), ${rounds})));`;
  // Compiled as dist/ is, like the rest of the bench (its threads import the same hooks: enrich-pool.ts).
  const node = [process.execPath, '--import', './scripts/compiled-sources.js', '--input-type=module', '-e', script];
  const [command, ...args] = cpus === undefined ? node : ['taskset', '-c', cpus, ...node];
  const child = spawn(command!, args, { cwd: join(here, '..'), stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const last = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`pool bench: the process of ${threads} thread(s) on ${cpus ?? 'every core'} failed (exit ${code}): ${out.slice(-300)}`);
  return JSON.parse(last) as Rate;
}
