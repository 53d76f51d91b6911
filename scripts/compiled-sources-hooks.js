// Module hooks for compiled-sources.js: .ts and .tsx files are compiled by esbuild's transform as they load.
// Specifiers already name their files with extensions (the same rule dist/'s build relies on), so only `load`
// is needed.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const TYPESCRIPT = /\.tsx?$/;

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !TYPESCRIPT.test(new URL(url).pathname)) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const { code } = await transform(await readFile(path, 'utf8'), {
    loader: path.endsWith('x') ? 'tsx' : 'ts',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcefile: path,
    sourcemap: 'inline',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  return { format: 'module', source: code, shortCircuit: true };
}
