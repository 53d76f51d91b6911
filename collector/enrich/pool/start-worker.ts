// How the enrichment pool starts a thread: its entry beside this module, as compiled JavaScript or as the
// TypeScript sources with the loader the process uses.
import { extname, isAbsolute, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The modules the process preloads (`--import X`), as URLs a thread can import: relative paths from the working directory, as node reads them. */
function preloads(): string[] {
  const out: string[] = [];
  process.execArgv.forEach((arg, i) => {
    const spec = arg === '--import' ? process.execArgv[i + 1] : arg.startsWith('--import=') ? arg.slice('--import='.length) : undefined;
    if (!spec) return;
    out.push(spec.startsWith('.') || isAbsolute(spec) ? pathToFileURL(resolvePath(spec)).href : import.meta.resolve(spec));
  });
  return out;
}

/**
 * The thread's entry beside this module, with this module's own extension: the compiled JavaScript when that
 * is what runs, else the TypeScript sources (tsx, vitest, the bench's compiled sources). Node 20 does not
 * carry a process's module hooks into its threads, so a thread imports the process's preloads again (the
 * bench's esbuild hooks: the threads then run the code `dist/` runs, not tsx's), and registers tsx when they
 * did not make TypeScript loadable.
 */
export function startWorker(): Worker {
  const ext = extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./enrich-worker${ext}`, import.meta.url);
  if (ext !== '.ts') return new Worker(entry);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const withTsx = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(`${entry.href}?tsx`)}); })`;
  const bootstrap = `(async () => { for (const url of ${JSON.stringify(preloads())}) await import(url); })()
    .then(() => import(${JSON.stringify(entry.href)}))
    .catch((error) => { if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error; return ${withTsx}; })`;
  return new Worker(bootstrap, { eval: true });
}
