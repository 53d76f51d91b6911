// People of the team and whom each API token stands for. `vigia user add` makes a user and a token of the
// same name in one transaction; tokens made before users existed stand for themselves under their name.
import { randomBytes } from 'node:crypto';
import type { User } from '../../shared/api/team.ts';
import { emailSchema } from '../../shared/customer/customer.ts';
import { UserError } from '../team/team-errors.ts';
import type { Caller, UserInfo } from '../team/team-store.ts';
import type { SqlBackend } from './sql-backend.ts';
import { hashToken } from './token-queries.ts';

/** Like token names: 1–64 characters, no line breaks or control characters. */
const NAME = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]{1,64}$/u;
/** How long whom a token stands for is remembered: a user is never renamed, so only new users matter. */
const CALLER_CACHE_MS = 5000;

const toUser = (r: { id: string; name: string; email: string | null }): User => ({ id: r.id, name: r.name, ...(r.email ? { email: r.email } : {}) });

export function createUserQueries(backend: SqlBackend) {
  const { db } = backend;
  const callers = new Map<string, { caller: Caller; at: number }>();

  return {
    async addUser(input: { name: string; email?: string }, now: string): Promise<{ user: User; token: string }> {
      const name = input.name.trim();
      if (!NAME.test(name)) throw new UserError('a user name is 1–64 characters, without line breaks or control characters');
      let email: string | undefined;
      if (input.email !== undefined) {
        const parsed = emailSchema.safeParse(input.email);
        if (!parsed.success) throw new UserError(`"${input.email}" is not an e-mail address`);
        email = parsed.data;
      }
      const user: User = { id: `u_${randomBytes(9).toString('base64url')}`, name, ...(email ? { email } : {}) };
      const token = `vigia_${randomBytes(32).toString('base64url')}`;
      await backend.writeTransaction(async (trx) => {
        if (await trx.selectFrom('users').select('id').where('name', '=', name).executeTakeFirst()) throw new UserError(`a user named "${name}" exists ("vigia user list" shows the team)`);
        if (await trx.selectFrom('tokens').select('id').where('name', '=', name).executeTakeFirst()) {
          throw new UserError(`a token named "${name}" exists: revoke it first ("vigia token revoke ${name}") so "${name}" can have a token of their own, or choose another name`);
        }
        await trx.insertInto('users').values({ id: user.id, name, email: email ?? null, created_at: now }).execute();
        await trx.insertInto('tokens').values({ name, hash: hashToken(token), created_at: now, last_used_at: null, user_id: user.id }).execute();
      });
      callers.delete(name);
      return { user, token };
    },

    async listUsers(): Promise<UserInfo[]> {
      const users = await db.selectFrom('users').selectAll().orderBy('name').execute();
      const tokens = await db.selectFrom('tokens').select(['user_id', 'last_used_at']).where('user_id', 'is not', null).execute();
      return users.map((u) => {
        const own = tokens.filter((t) => t.user_id === u.id);
        const last = own.map((t) => t.last_used_at).filter((at): at is string => at !== null).sort().at(-1);
        return { ...toUser(u), createdAt: u.created_at, tokens: own.length, ...(last ? { lastUsedAt: last } : {}) };
      });
    },

    async callerOf(tokenName: string): Promise<Caller> {
      const hit = callers.get(tokenName);
      if (hit && Date.now() - hit.at < CALLER_CACHE_MS && Date.now() >= hit.at) return hit.caller;
      const row = await db
        .selectFrom('tokens')
        .innerJoin('users', 'users.id', 'tokens.user_id')
        .select(['users.id', 'users.name', 'users.email'])
        .where('tokens.name', '=', tokenName)
        .executeTakeFirst();
      const caller: Caller = row ? { name: row.name, user: toUser(row) } : { name: tokenName };
      if (callers.size > 1000) callers.clear();
      callers.set(tokenName, { caller, at: Date.now() });
      return caller;
    },
  };
}
