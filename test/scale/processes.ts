// Child processes of the scale test: API servers (`vigia serve`) and leased collectors, with their output
// kept for the failure message and a way to wait for a line.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface Child {
  name: string;
  process: ChildProcess;
  /** Everything it wrote, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the first match of `pattern` in its output; rejects when it exits first. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

function startChild(name: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, args, { env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const waiters = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString();
    if (text.length > 2_000_000) text = text.slice(-1_000_000);
    waiters.forEach((w) => w());
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<void>((done) => child.once('exit', () => (waiters.forEach((w) => w()), done())));
  return {
    name,
    process: child,
    output: () => text,
    waitFor(pattern) {
      return new Promise((resolveMatch, reject) => {
        const check = () => {
          const match = text.match(pattern);
          if (match) return (waiters.delete(check), resolveMatch(match));
          if (child.exitCode !== null || child.signalCode !== null) {
            waiters.delete(check);
            reject(new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${text.slice(-2000)}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** `vigia serve --port 0` on the store VIGIA_DATABASE_URL names; resolves with its base URL once listening. */
export async function startApiServer(name: string, databaseUrl: string): Promise<{ child: Child; url: string }> {
  const child = startChild(name, [resolve('bin/vigia.js'), 'serve', '--port', '0'], { VIGIA_DATABASE_URL: databaseUrl });
  const [, url] = await child.waitFor(/Vigía API at (http:\/\/\S+)/);
  return { child, url: url! };
}

/** One leased collector process over the sources of `configFile`. */
export async function startCollector(collectorId: string, configFile: string, databaseUrl: string, leaseMs: number): Promise<Child> {
  const child = startChild(collectorId, ['--import', import.meta.resolve('tsx'), resolve('test/scale/collector-process.ts'), configFile, collectorId], {
    VIGIA_DATABASE_URL: databaseUrl,
    VIGIA_LEASE_MS: String(leaseMs),
  });
  await child.waitFor(/"ready":true/);
  return child;
}
