// The embedded SQLite backend of VigiaStore: mentions, source run state and API tokens (stored hashed).
import { createHash, randomBytes } from 'node:crypto';
import { openDatabase } from './database.ts';
import { createSqliteMentions } from './sqlite-mentions.ts';
import type { SourceState, VigiaStore } from './store.ts';

interface SourceRow {
  id: string;
  kind: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_run_at: string | null;
  last_success_at: string | null;
  next_run_at: string | null;
  items_seen: number;
  items_new: number;
  error_count: number;
  last_error: string | null;
}

const toSourceState = (r: SourceRow): SourceState => ({
  id: r.id,
  kind: r.kind,
  url: r.url,
  etag: r.etag ?? undefined,
  lastModified: r.last_modified ?? undefined,
  lastRunAt: r.last_run_at ?? undefined,
  lastSuccessAt: r.last_success_at ?? undefined,
  nextRunAt: r.next_run_at ?? undefined,
  itemsSeen: r.items_seen,
  itemsNew: r.items_new,
  errorCount: r.error_count,
  lastError: r.last_error ?? undefined,
});

/** Tokens are random 32-byte secrets, so a plain SHA-256 is a sound way to keep them at rest. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function openSqliteStore(file: string): VigiaStore {
  const db = openDatabase(file);
  const mentions = createSqliteMentions(db);
  const upsertRun = db.prepare(`INSERT INTO sources (id, kind, url, etag, last_modified, last_run_at, last_success_at, next_run_at, items_seen, items_new, error_count, last_error)
    VALUES (@id, @kind, @url, @etag, @lastModified, @ranAt, @successAt, @nextRunAt, @itemsSeen, @itemsNew, @errorCount, @error)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, url = excluded.url,
      etag = CASE WHEN @ok THEN excluded.etag ELSE sources.etag END,
      last_modified = CASE WHEN @ok THEN excluded.last_modified ELSE sources.last_modified END,
      last_run_at = excluded.last_run_at, last_success_at = COALESCE(excluded.last_success_at, sources.last_success_at),
      next_run_at = excluded.next_run_at, items_seen = excluded.items_seen, items_new = excluded.items_new,
      error_count = CASE WHEN @ok THEN 0 ELSE sources.error_count + 1 END,
      last_error = CASE WHEN @ok THEN NULL ELSE excluded.last_error END`);
  const touchToken = db.prepare('UPDATE tokens SET last_used_at = ? WHERE id = ?');
  const tokenCache = new Map<string, { id: number; name: string; touchedAt: number }>();

  return {
    knownMentionIds: async (ids) => mentions.knownIds(ids),
    insertMentions: async (list) => mentions.insert(list),
    getMention: async (id) => mentions.get(id),
    listMentions: async (filter, position, limit) => mentions.list(filter, position, limit),
    updateTriage: async (id, patch) => mentions.updateTriage(id, patch),
    latestSeq: async () => mentions.latestSeq(),
    countMentions: async () => mentions.count(),
    async sourceState(id) {
      const row = db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
      return row && toSourceState(row);
    },
    listSourceStates: async () => (db.prepare('SELECT * FROM sources ORDER BY id').all() as SourceRow[]).map(toSourceState),
    async recordSourceRun(run) {
      upsertRun.run({
        id: run.id,
        kind: run.kind,
        url: run.url,
        etag: run.etag ?? null,
        lastModified: run.lastModified ?? null,
        ranAt: run.ranAt,
        successAt: run.ok ? run.ranAt : null,
        nextRunAt: run.nextRunAt ?? null,
        itemsSeen: run.itemsSeen,
        itemsNew: run.itemsNew,
        errorCount: run.ok ? 0 : 1,
        error: run.error ?? null,
        ok: run.ok ? 1 : 0,
      });
    },
    async createToken(name) {
      const token = `vigia_${randomBytes(32).toString('base64url')}`;
      db.prepare('INSERT INTO tokens (name, hash, created_at) VALUES (?, ?, ?)').run(name, hashToken(token), new Date().toISOString());
      return token;
    },
    async verifyToken(token) {
      const hash = hashToken(token);
      let hit = tokenCache.get(hash);
      if (!hit) {
        const row = db.prepare('SELECT id, name FROM tokens WHERE hash = ?').get(hash) as { id: number; name: string } | undefined;
        if (!row) return undefined;
        hit = { ...row, touchedAt: 0 };
        tokenCache.set(hash, hit);
      }
      // Record use at most once a minute: every API call must not become a write.
      if (Date.now() - hit.touchedAt > 60_000) {
        hit.touchedAt = Date.now();
        touchToken.run(new Date().toISOString(), hit.id);
      }
      return hit.name;
    },
    async close() {
      db.close();
    },
  };
}
