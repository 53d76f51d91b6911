// Where the public evaluation data lives: the VIGIA_EVAL_DATA setting, else ../shared/data, a relative
// setting being read from the repository root. The one place that reads the setting: tests, conformance
// suites and the eval scripts all ask here, so they agree on where the data is and on when it is absent.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The evaluation data folder, whether or not it exists (an empty setting counts as unset). */
export function evalDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(REPO_ROOT, env.VIGIA_EVAL_DATA || '../shared/data');
}

/** The folder `sub` of the evaluation data (e.g. "review-pages"), or undefined when it is not on this machine. */
export function evalDataSubdir(sub: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = resolve(evalDataDir(env), sub);
  return existsSync(dir) ? dir : undefined;
}
