// Where the labelled evaluation data lives: VIGIA_EVAL_DATA, else ../shared/data beside the repository.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The evaluation data folder (relative settings are read from the repository root). */
export function evalDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(REPO_ROOT, env.VIGIA_EVAL_DATA || '../shared/data');
}

/** The review-pages corpus folder, or undefined when the data is not on this machine. */
export function reviewPagesDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = resolve(evalDataDir(env), 'review-pages');
  return existsSync(dir) ? dir : undefined;
}
