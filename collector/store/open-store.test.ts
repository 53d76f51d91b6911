import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, openStoreAt } from './open-store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens the SQLite file in the data directory when no database URL is set', async () => {
    const store = await openStore({ VIGIA_DATA_DIR: dir });
    try {
      expect(store.backend).toBe('sqlite');
      await store.createToken('ana');
    } finally {
      await store.close();
    }
    const again = await openStoreAt(join(dir, 'vigia.db'));
    expect((await again.sql.db.selectFrom('tokens').select('name').execute()).map((t) => t.name)).toEqual(['ana']);
    await again.close();
  });

  it('refuses a database URL it cannot use, saying what it wants', async () => {
    await expect(openStore({ VIGIA_DATABASE_URL: 'mysql://root@localhost/vigia', VIGIA_DATA_DIR: dir })).rejects.toThrow(/^store: VIGIA_DATABASE_URL must be a postgres:\/\/ URL/);
    await expect(openStoreAt('mysql://root@localhost/vigia')).rejects.toThrow(/^store: "mysql:\/\/…" is not a database Vigía can use/);
  });
});
