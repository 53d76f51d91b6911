// API tokens: random 32-byte secrets kept only as their SHA-256, one per name. A check reads the store at
// most once a second per token (so a token revoked by any process is refused within a second, by every
// API process on the database) and records its use at most once a minute (never a write per request).
import { createHash, randomBytes } from 'node:crypto';
import { VigiaError } from '../errors.ts';
import type { SqlBackend } from './sql-backend.ts';
import type { TokenInfo } from './store.ts';

/** Tokens are random 32-byte secrets, so a plain SHA-256 is a sound way to keep them at rest. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** How long a verified token is trusted without asking the store again: the revocation delay. */
export const TOKEN_RECHECK_MS = 1000;
/** `last_used_at` is written at most this often per token (and per process). */
const TOUCH_EVERY_MS = 60_000;
/** Verified tokens remembered at once; a store holds a handful. */
const CACHE_LIMIT = 1000;
const NAME = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]{1,64}$/u;

/** A token name that is malformed, taken, or names no token. */
export class TokenError extends VigiaError {
  constructor(message: string) {
    super('token', message);
  }
}

/** Two writers creating one name at once: the unique index refuses the second. */
const isUniqueViolation = (error: unknown) => {
  const { code, message } = error as { code?: string; message?: string };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed: tokens\.name/.test(message ?? '');
};

export function createTokenQueries(backend: SqlBackend, now: () => Date = () => new Date()) {
  const { db } = backend;
  const verified = new Map<string, { name: string; checkedAt: number }>();
  /** By hash, not id: SQLite may give a replaced token's id to the new one. */
  const touchedAt = new Map<string, number>();
  const touches = new Set<Promise<unknown>>();

  /** Records use without holding up the request; a busy database only delays the record. */
  function touch(hash: string): void {
    const at = Date.now();
    if (at - (touchedAt.get(hash) ?? 0) < TOUCH_EVERY_MS) return;
    if (touchedAt.size >= CACHE_LIMIT) touchedAt.clear();
    touchedAt.set(hash, at);
    const time = now();
    const stale = new Date(time.getTime() - TOUCH_EVERY_MS).toISOString();
    // The condition spares the write when another API process recorded this minute already.
    const write = db
      .updateTable('tokens')
      .set({ last_used_at: time.toISOString() })
      .where('hash', '=', hash)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', stale)]))
      .execute()
      .catch(() => touchedAt.delete(hash))
      .finally(() => touches.delete(write));
    touches.add(write);
  }

  return {
    async create(name: string, opts: { replace?: boolean } = {}): Promise<string> {
      const trimmed = name.trim();
      if (!NAME.test(trimmed)) throw new TokenError('a token name is 1–64 characters, without line breaks or control characters');
      const token = `vigia_${randomBytes(32).toString('base64url')}`;
      try {
        await backend.writeTransaction(async (trx) => {
          const existing = await trx.selectFrom('tokens').select('created_at').where('name', '=', trimmed).executeTakeFirst();
          if (existing && !opts.replace) {
            throw new TokenError(`a token named "${trimmed}" exists (created ${existing.created_at}): revoke it first ("vigia token revoke ${trimmed}"), pass --replace, or choose another name`);
          }
          if (existing) await trx.deleteFrom('tokens').where('name', '=', trimmed).execute();
          await trx.insertInto('tokens').values({ name: trimmed, hash: hashToken(token), created_at: now().toISOString(), last_used_at: null }).execute();
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new TokenError(`a token named "${trimmed}" was created meanwhile: choose another name or pass --replace`);
        throw error;
      }
      return token;
    },

    async list(): Promise<TokenInfo[]> {
      const rows = await db.selectFrom('tokens').select(['name', 'created_at', 'last_used_at']).orderBy('name').execute();
      return rows.map((r) => ({ name: r.name, createdAt: r.created_at, ...(r.last_used_at ? { lastUsedAt: r.last_used_at } : {}) }));
    },

    /** True when a token of that name existed (its hash is gone now). */
    async revoke(name: string): Promise<boolean> {
      const result = await db.deleteFrom('tokens').where('name', '=', name.trim()).executeTakeFirst();
      // This process refuses it at once; the others within TOKEN_RECHECK_MS.
      for (const [hash, hit] of verified) if (hit.name === name.trim()) verified.delete(hash);
      return Number(result.numDeletedRows) > 0;
    },

    async verify(token: string): Promise<string | undefined> {
      const hash = hashToken(token);
      let hit = verified.get(hash);
      const at = now().getTime();
      // A clock set back must not stretch the trust: a negative age counts as stale too.
      if (!hit || !(at - hit.checkedAt >= 0 && at - hit.checkedAt < TOKEN_RECHECK_MS)) {
        const row = await db.selectFrom('tokens').select('name').where('hash', '=', hash).executeTakeFirst();
        if (!row) {
          verified.delete(hash);
          return undefined;
        }
        hit = { name: row.name, checkedAt: at };
        if (verified.size >= CACHE_LIMIT) verified.clear();
        verified.set(hash, hit);
      }
      touch(hash);
      return hit.name;
    },

    /** Waits for use records still being written (before the store closes). */
    async flush(): Promise<void> {
      await Promise.all([...touches]);
    },
  };
}
