// API tokens: random 32-byte secrets kept only as their SHA-256, checked with a small cache so that
// every API call does not become a database write.
import { createHash, randomBytes } from 'node:crypto';
import type { SqlBackend } from './sql-backend.ts';

/** Tokens are random 32-byte secrets, so a plain SHA-256 is a sound way to keep them at rest. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const TOUCH_EVERY_MS = 60_000;

export function createTokenQueries({ db }: SqlBackend) {
  const cache = new Map<string, { id: number; name: string; touchedAt: number }>();
  return {
    async create(name: string): Promise<string> {
      const token = `vigia_${randomBytes(32).toString('base64url')}`;
      await db.insertInto('tokens').values({ name, hash: hashToken(token), created_at: new Date().toISOString(), last_used_at: null }).execute();
      return token;
    },

    async verify(token: string): Promise<string | undefined> {
      const hash = hashToken(token);
      let hit = cache.get(hash);
      if (!hit) {
        const row = await db.selectFrom('tokens').select(['id', 'name']).where('hash', '=', hash).executeTakeFirst();
        if (!row) return undefined;
        hit = { id: Number(row.id), name: row.name, touchedAt: 0 };
        cache.set(hash, hit);
      }
      // Record use at most once a minute: every API call must not become a write.
      if (Date.now() - hit.touchedAt > TOUCH_EVERY_MS) {
        hit.touchedAt = Date.now();
        await db.updateTable('tokens').set({ last_used_at: new Date().toISOString() }).where('id', '=', hit.id).execute();
      }
      return hit.name;
    },
  };
}
