// The compiled collector (scripts/collector-build.js) runs on its own: the CLI answers, and the files its
// modules read beside themselves — sentiment models, the language detector's n-grams, demo fixtures and CRM
// exports — are found from the build output. And the build check tells a current build from an old one.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildCollector, buildState } from '../scripts/collector-build.js';
import { VERSION } from '../collector/version.ts';

const run = promisify(execFile);
// Inside the repository, so the compiled modules find node_modules as dist/ does.
const out = join(ROOT, `dist.test-${process.pid}`);

/** Runs a compiled module with `input` on stdin; its stdout. */
function runCompiled(args: string[], input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr}`))));
    child.stdin.end(input);
  });
}

describe('the compiled collector', () => {
  beforeAll(async () => {
    await buildCollector(out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('answers --version', async () => {
    expect((await runCompiled([join(out, 'collector/cli.js'), '--version'])).trim()).toBe(VERSION);
  });

  it('analyzes stdin with its sentiment models and language detector', async () => {
    const input = ['{"text":"Lumora: fibra caída otra vez en Triana, tres días"}', 'The new router is great, support was quick and kind'].join('\n');
    const lines = (await runCompiled([join(out, 'collector/cli.js'), 'analyze'], input)).trim().split('\n').map((line) => JSON.parse(line) as { lang: string; sentiment: { label?: string }; why: string[] });
    expect(lines.map((line) => line.lang)).toEqual(['es', 'en']);
    expect(lines.map((line) => line.sentiment.label)).toEqual(['negative', 'positive']);
    // A model that cannot be read is reported in `why` and the cues decide alone.
    for (const line of lines) expect(line.why.join(' ')).not.toMatch(/unavailable/);
    expect(lines[0]!.why).toContain('language es: detected');
    expect(readFileSync(join(out, 'collector/enrich/eld-medium.json'), 'utf8')).toMatch(/^\{"type":"M60"/);
  });

  it("serves the demo's fixture feeds and reads its CRM exports", async () => {
    const server = spawn(process.execPath, [join(out, 'collector/demo/fixture-server.js'), '--port', '0'], { cwd: ROOT });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => {
          const url = /Fixture server on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString())?.[1];
          if (url) resolve(url);
        });
        server.once('exit', (code) => reject(new Error(`fixture server exited with ${code}`)));
      });
      const feed = await fetch(`${base}/feeds/google-news.rss`);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('<rss');
    } finally {
      server.kill();
    }
    const script = `import { readFileSync } from 'node:fs'; import { demoCrmExportUrl } from ${JSON.stringify(join(out, 'collector/demo/demo-crm.js'))}; process.stdout.write(readFileSync(demoCrmExportUrl('touchpoints.jsonl'), 'utf8').split('\\n')[0]);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
    expect(JSON.parse(stdout)).toBeTypeOf('object');
  });
});

describe('the build check', () => {
  it('tells a missing, current and stale build apart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vigia-build-'));
    try {
      mkdirSync(join(root, 'collector/model'), { recursive: true });
      mkdirSync(join(root, 'shared'));
      writeFileSync(join(root, 'collector/cli.ts'), "import { two } from '../shared/two.ts';\nconsole.log(two);\n");
      writeFileSync(join(root, 'collector/model/en.bin'), 'weights');
      writeFileSync(join(root, 'shared/two.ts'), 'export const two: number = 2;\n');
      const dist = join(root, 'dist');
      expect(buildState(dist, root)).toBe('missing');
      await buildCollector(dist, root);
      expect(buildState(dist, root)).toBe('current');
      expect(readFileSync(join(dist, 'collector/cli.js'), 'utf8')).toContain('"../shared/two.js"');
      expect(readFileSync(join(dist, 'collector/model/en.bin'), 'utf8')).toBe('weights');
      // Tests are not part of the build: adding one leaves it current.
      writeFileSync(join(root, 'shared/two.test.ts'), '');
      expect(buildState(dist, root)).toBe('current');
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(root, 'shared/two.ts'), later, later);
      expect(buildState(dist, root)).toBe('stale');
      await buildCollector(dist, root);
      expect(buildState(dist, root)).toBe('current');
      writeFileSync(join(root, 'shared/three.ts'), 'export const three = 3;\n');
      utimesSync(join(root, 'shared/three.ts'), new Date(0), new Date(0)); // as a checkout may date it
      expect(buildState(dist, root)).toBe('stale');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
