import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { MIGRATIONS } from './migrations.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { describeStoreContract } from './testing/store-contract.ts';
import { createSqliteHarness } from './testing/test-databases.ts';

describeStoreContract('SQLite', createSqliteHarness);

// The schema the first SQLite-only store created (its migration 1, verbatim): files made by it must open.
const FIRST_SCHEMA = `
  CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
  CREATE TABLE mentions (id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, source TEXT NOT NULL, platform TEXT NOT NULL,
    author_handle TEXT, sort_at TEXT NOT NULL, published_at TEXT, collected_at TEXT NOT NULL, sentiment_label TEXT NOT NULL,
    moment TEXT, priority REAL NOT NULL, status TEXT NOT NULL, assignee TEXT, status_at TEXT NOT NULL, assignee_at TEXT NOT NULL,
    customer_id TEXT, search TEXT NOT NULL, doc TEXT NOT NULL);
  CREATE INDEX mentions_sort ON mentions (sort_at DESC, id DESC);
  CREATE TABLE sources (id TEXT PRIMARY KEY, kind TEXT NOT NULL, url TEXT NOT NULL, etag TEXT, last_modified TEXT,
    last_run_at TEXT, last_success_at TEXT, next_run_at TEXT, items_seen INTEGER NOT NULL DEFAULT 0,
    items_new INTEGER NOT NULL DEFAULT 0, error_count INTEGER NOT NULL DEFAULT 0, last_error TEXT);
  CREATE TABLE tokens (id INTEGER PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, last_used_at TEXT);
  INSERT INTO schema_migrations VALUES (1, 'mentions, sources and tokens', '2026-11-01T00:00:00.000Z');`;

describe('SQLite files from the first store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigia-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('open and upgrade in place without losing mentions, sources or tokens', async () => {
    const file = join(dir, 'vigia.db');
    const old = new Database(file);
    old.exec(FIRST_SCHEMA);
    const m = makeMention({ text: 'stored by the first store' });
    const { triage, ...doc } = m;
    old.prepare(`INSERT INTO mentions VALUES (?, 7, ?, ?, ?, ?, ?, ?, 'negative', NULL, 50, 'new', NULL, ?, ?, NULL, 'stored by the first store', ?)`)
      .run(m.id, m.source, m.platform, m.author.handle, m.publishedAt, m.publishedAt, m.collectedAt, triage.updatedAt, triage.updatedAt, JSON.stringify({ ...doc, triage }));
    old.prepare(`INSERT INTO sources (id, kind, url, etag, error_count) VALUES ('s', 'rss', 'http://127.0.0.1/f', '"v1"', 2)`).run();
    old.prepare(`INSERT INTO tokens (name, hash, created_at) VALUES ('ana', 'abc', '2026-11-01T00:00:00.000Z')`).run();
    // Names were not unique then: the second "ana" keeps working under a name of its own.
    old.prepare(`INSERT INTO tokens (name, hash, created_at) VALUES ('ana', 'def', '2026-11-02T00:00:00.000Z')`).run();
    old.close();

    const store = openSqliteStore(file);
    try {
      expect(await store.getMention(m.id)).toEqual(m);
      expect(await store.latestSeq()).toBe(7);
      expect((await store.listMentions({ q: 'first store' }, { mode: 'newest' }, 5)).items).toHaveLength(1);
      expect(await store.sourceState('s')).toMatchObject({ etag: '"v1"', errorCount: 2 });
      expect(await store.listTokens()).toEqual([
        { name: 'ana', createdAt: '2026-11-01T00:00:00.000Z' },
        { name: 'ana (2)', createdAt: '2026-11-02T00:00:00.000Z' },
      ]);
      const next = makeMention();
      await store.insertMentions([next]);
      expect((await store.listMentions({}, { mode: 'changes', afterSeq: 7 }, 5)).seqs).toEqual([8]);
      const versions = await store.sql.db.selectFrom('schema_migrations').select('version').orderBy('version').execute();
      expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
      // Migration 4 backfilled the facets statistics group by; migration 13 made the words phrases.
      const stats = await store.sentimentStats({ from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', bucket: 'week', by: 'brand', now: '2026-11-24T00:00:00.000Z' });
      expect(stats.breakdown).toEqual({ Lumora: { negative: 2, neutral: 0, positive: 0, unscored: 0 } });
      expect(stats.topNegativeTerms.map((t) => t.term).sort()).toEqual(['mention number', 'store', 'stored']);
      await store.registerSources([{ id: 's', kind: 'rss', url: 'http://127.0.0.1/f', everyMs: 1000 }]);
      expect((await store.leaseDueSources('c1', 5, 1000)).map((l) => l.id)).toEqual(['s']);
    } finally {
      await store.close();
    }
  });

  it('creates its folder and files private (0700, 0600) whatever the umask', async () => {
    const file = join(dir, 'nested', 'data', 'vigia.db');
    const umask = process.umask(0o000);
    try {
      const store = openSqliteStore(file);
      await store.insertMentions([makeMention()]);
      const modes = Object.fromEntries(
        [join(dir, 'nested'), join(dir, 'nested', 'data'), file, `${file}-wal`, `${file}-shm`].map((path) => [path.slice(dir.length), (statSync(path).mode & 0o777).toString(8)]),
      );
      expect(modes).toEqual({ '/nested': '700', '/nested/data': '700', '/nested/data/vigia.db': '600', '/nested/data/vigia.db-wal': '600', '/nested/data/vigia.db-shm': '600' });
      await store.close();
    } finally {
      process.umask(umask);
    }
  });

  it('names the file that is not a database', async () => {
    const file = join(dir, 'not-a-db');
    (await import('node:fs')).writeFileSync(file, 'hello, this is text and no SQLite header at all.........................................................');
    expect(() => openSqliteStore(file)).toThrow(/^store: cannot open the SQLite file .*not-a-db: file is not a database$/);
  });
});
