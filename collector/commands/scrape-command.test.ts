// `vigia scrape` as callers run it, as a process: however it ends (a signal, its caller dying, a page that
// never settles, input it cannot use) it prints one line and leaves no Chromium behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../reviews/testing/fixture-server.ts';

const vigia = resolve('bin/vigia.js');
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(
    (request, response) => {
      const path = request.url ?? '/';
      if (path === '/robots.txt') return response.writeHead(404).end();
      if (path.startsWith('/hang')) return void response.writeHead(200, { 'content-type': 'text/html' }).write('<html><body><p>loading'); // never ends
      // Loaded, then its script never gives the page back: nothing can be read from it (this hung for good).
      if (path.startsWith('/spin')) return response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>Reviews</p><script>addEventListener("load", () => setTimeout(() => { for (;;) {} }, 0))</script></body></html>');
      response.writeHead(404).end();
    },
    { lifetimeMs: 300_000 },
  );
});
afterAll(() => server.close());

/** Every process below `pid` (Chromium and its helpers), read from /proc. */
function descendants(pid: number): number[] {
  const children = (p: number): number[] => {
    const tasks = existsSync(`/proc/${p}/task`) ? readdirSync(`/proc/${p}/task`) : [];
    return tasks.flatMap((t) => readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  };
  const out: number[] = [];
  for (let queue = children(pid); queue.length; ) {
    const next = queue.shift()!;
    out.push(next);
    queue.push(...children(next));
  }
  return out;
}

const isAlive = (pid: number): boolean => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

/** Polls `check` until it holds; the deadline turns a hang into a failure naming what was awaited. */
async function until(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}

function scrape(args: string[]): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn('node', [vigia, 'scrape', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.resume();
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stderr: () => stderr, exited };
}

/** Exactly one line, no stack frame. */
const oneLine = (text: string) => expect(text.trimEnd().split('\n'), text).toHaveLength(1);

// Each case starts a real `node bin/vigia.js` and Chromium: slow on a busy machine, hence the long limits.
describe('vigia scrape, as a process', { timeout: 150_000 }, () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)('stopped by %s while a page loads, it closes Chromium and says so in one line', async (signal, code) => {
    const path = `/hang-${signal}`;
    const run = scrape([`${server.url}${path}`]);
    await until('the browser asks for the page', () => server.hits.get(path) === 1);
    const tree = descendants(run.child.pid!);
    expect(tree.length).toBeGreaterThan(0); // Chromium is running under it
    run.child.kill(signal);
    expect(await run.exited).toBe(code);
    oneLine(run.stderr());
    expect(run.stderr()).toContain(`scrape: ${server.url}${path}: stopped by ${signal}`);
    await until('no Chromium process of it is left', () => tree.every((pid) => !isAlive(pid)), 15_000);
  });

  it('leaves nothing behind when the process that started it dies', async () => {
    const path = '/spin?orphaned';
    const shell = spawn('sh', ['-c', `node ${vigia} scrape ${server.url}${path} >/dev/null 2>&1 & echo $!; wait`], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = Number(await new Promise<string>((done) => shell.stdout!.once('data', (chunk: Buffer) => done(chunk.toString()))));
    await until('the browser asks for the page', () => server.hits.get(path) === 1);
    const tree = [pid, ...descendants(pid)];
    expect(tree.length).toBeGreaterThan(1);
    shell.kill('SIGKILL');
    await until('neither the scrape nor its Chromium is left', () => tree.every((p) => !isAlive(p)));
  });

  it('ends a page that never settles with a named error before its deadline, and closes Chromium', async () => {
    const run = scrape([`${server.url}/spin`, '--timeout', '10']);
    await until('the browser asks for the page', () => server.hits.get('/spin') === 1);
    const tree = descendants(run.child.pid!);
    expect(await run.exited).toBe(2);
    oneLine(run.stderr());
    // The page's own deadline, or the whole run's when starting Chromium took most of it.
    expect(run.stderr()).toMatch(/^scrape: http:\/\/127\.0\.0\.1:\d+\/spin(?: did not settle within 8000 ms|: no result within 10 s)/);
    await until('no Chromium process of it is left', () => tree.every((pid) => !isAlive(pid)), 15_000);
  });

  it.each([['not a url'], ['file:///etc/passwd'], ['http://127.0.0.1:1/reviews']])('prints one line, never a stack trace, for %j', async (input) => {
    const run = scrape([input, '--timeout', '30']);
    expect(await run.exited).not.toBe(0);
    oneLine(run.stderr());
    expect(run.stderr()).toMatch(/^(scrape|error): /);
    expect(run.stderr()).not.toMatch(/^\s+at /m);
  });
});
