// Where Vigía keeps its data: ./data unless VIGIA_DATA_DIR says otherwise.
import { join, resolve } from 'node:path';

export const dataDir = (env: NodeJS.ProcessEnv = process.env): string => resolve(env.VIGIA_DATA_DIR || 'data');

/** The embedded SQLite file. */
export const databaseFile = (env: NodeJS.ProcessEnv = process.env): string => join(dataDir(env), 'vigia.db');
