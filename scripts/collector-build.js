// The collector's compiled JavaScript in dist/: `vigia` starts from it instead of compiling TypeScript at
// every start (issue 18). Built by `npm install`/`npm ci` (prepare), `npm start` and `npm test`; bin/vigia.js
// runs the TypeScript sources instead when the build is missing or older than them.
// Plain JavaScript so that bin/vigia.js can check the build without loading a compiler.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the build goes (git-ignored). */
export const BUILD_DIR = join(ROOT, 'dist');
/** The folders compiled; everything the CLI and the server run lives there. */
const SOURCE_ROOTS = ['collector', 'shared'];
const STAMP = 'build-stamp.json';

/** Files the build derives from packages, written beside the module that reads them. */
const DERIVED = [
  {
    // eld's n-grams as JSON, which loads three times faster than its module (collector/enrich/language-detector.ts).
    path: 'collector/enrich/eld-medium.json',
    async make() {
      const { ngramsData } = await import(new URL('../ngrams/medium.js', import.meta.resolve('eld/medium')).href);
      return JSON.stringify(ngramsData);
    },
  },
];

const isTest = (name) => /\.test\.tsx?$/.test(name);
const isSkippedDir = (name) => name === 'testdata' || name === 'node_modules';

/**
 * Every file the build depends on, relative to the root: TypeScript modules (compiled) and the files the
 * modules read beside themselves at run time through `import.meta.url` (models, fixtures, CRM exports),
 * copied. Tests, their saved pages and notes are left out.
 * @returns {{ path: string; mtimeMs: number }[]}
 */
export function buildInputs(root = ROOT) {
  const inputs = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedDir(entry.name)) walk(path);
      } else if (!isTest(entry.name) && !entry.name.endsWith('.md')) {
        inputs.push({ path, mtimeMs: statSync(join(root, path)).mtimeMs });
      }
    }
  };
  for (const dir of SOURCE_ROOTS) walk(dir);
  return inputs;
}

/**
 * Whether `outDir` holds a build of the current sources: `missing`, `stale` (a source changed, appeared or
 * went since) or `current`. Costs one directory walk (a few milliseconds), no reading of sources.
 * @returns {'missing' | 'stale' | 'current'}
 */
export function buildState(outDir = BUILD_DIR, root = ROOT) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(outDir, STAMP), 'utf8'));
  } catch {
    return 'missing';
  }
  const inputs = buildInputs(root);
  if (inputs.length !== stamp.files) return 'stale';
  return inputs.some((input) => input.mtimeMs > stamp.newestMs) ? 'stale' : 'current';
}

/**
 * Compiles every module with esbuild (the transform tsx runs today, so the build behaves as the sources
 * do), one output file per module and relative `.ts` imports rewritten to `.js`; copies the other files.
 * Builds beside `outDir` and swaps it in, so a running collector never sees a half-written build.
 * @returns {Promise<{ modules: number; files: number; ms: number }>}
 */
export async function buildCollector(outDir = BUILD_DIR, root = ROOT) {
  const started = performance.now();
  const { build } = await import('esbuild');
  const inputs = buildInputs(root);
  const modules = inputs.filter((input) => input.path.endsWith('.ts'));
  const temp = `${outDir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: modules.map((input) => input.path),
    outdir: temp,
    outbase: '.',
    // Bundling is only what lets a plugin rewrite import paths; every import stays external (one file each).
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      {
        name: 'one-file-per-module',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true }));
        },
      },
    ],
  });
  for (const input of inputs.filter((i) => !i.path.endsWith('.ts'))) {
    mkdirSync(dirname(join(temp, input.path)), { recursive: true });
    copyFileSync(join(root, input.path), join(temp, input.path));
  }
  for (const derived of DERIVED) {
    mkdirSync(dirname(join(temp, derived.path)), { recursive: true });
    writeFileSync(join(temp, derived.path), await derived.make());
  }
  const newestMs = Math.max(...inputs.map((input) => input.mtimeMs));
  writeFileSync(join(temp, STAMP), `${JSON.stringify({ files: inputs.length, newestMs })}\n`);
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(temp, outDir);
  rmSync(old, { recursive: true, force: true });
  return { modules: modules.length, files: inputs.length, ms: Math.round(performance.now() - started) };
}

// `node scripts/collector-build.js`: build now.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await buildCollector();
  console.log(`collector: ${result.modules} modules compiled to ${relative(process.cwd(), BUILD_DIR) || '.'}/ in ${result.ms} ms`);
}
