// Where the demo keeps its data, apart from a real installation's: <data dir>/demo/vigia.db, always SQLite.
// A start empties it (fresh data: the stories begin again) unless told to keep it; the demo's API token is
// kept beside it, so a kept start reuses it and a fresh one replaces it — never a pile of tokens.
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDir } from '../paths.ts';
import { openStoreAt } from '../store/open-store.ts';
import type { SqlStore } from '../store/sql-store.ts';

/** The demo's own directory: `vigia status --demo` reads the same. */
export const demoDataDir = (env: NodeJS.ProcessEnv = process.env): string => join(dataDir(env), 'demo');
export const demoDatabaseFile = (env: NodeJS.ProcessEnv = process.env): string => join(demoDataDir(env), 'vigia.db');
const tokenFile = (env: NodeJS.ProcessEnv) => join(demoDataDir(env), 'token');

/** The one token the demo uses. */
export const DEMO_TOKEN_NAME = 'demo';

export interface DemoStore {
  store: SqlStore;
  file: string;
  token: string;
  /** True when the token of the previous start still works (a kept start). */
  tokenReused: boolean;
}

/** Opens the demo's store, emptied first unless `keep`; reuses the saved token when it still verifies. */
export async function openDemoStore(opts: { keep?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<DemoStore> {
  const env = opts.env ?? process.env;
  const file = demoDatabaseFile(env);
  await mkdir(demoDataDir(env), { recursive: true });
  if (!opts.keep) await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
  const store = await openStoreAt(file);
  const saved = (await readFile(tokenFile(env), 'utf8').catch(() => '')).trim();
  if (saved && (await store.verifyToken(saved)) === DEMO_TOKEN_NAME) return { store, file, token: saved, tokenReused: true };
  const token = await store.createToken(DEMO_TOKEN_NAME, { replace: true });
  await writeFile(tokenFile(env), `${token}\n`, { mode: 0o600 });
  await chmod(tokenFile(env), 0o600);
  return { store, file, token, tokenReused: false };
}
