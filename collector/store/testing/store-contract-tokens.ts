// Contract, API tokens: kept as SHA-256 only, one per name, listed without secrets, revoked for every
// process on the database within about a second, and their use recorded without a write per request.
import { createHash } from 'node:crypto';
import { expect, it, vi } from 'vitest';
import type { ContractContext } from './store-contract.ts';
import { TOKEN_RECHECK_MS } from '../token-queries.ts';

/** A clock that moves only when told to. */
function fakeClock(start: string) {
  let at = Date.parse(start);
  return { now: () => new Date(at), advance: (ms: number) => void (at += ms) };
}

export function tokenContract(ctx: ContractContext): void {
  it('stores tokens as SHA-256 only and verifies them', async () => {
    const { store } = ctx;
    const token = await store.createToken('ana');
    expect(token).toMatch(/^vigia_[\w-]{43}$/);
    expect(await store.verifyToken(token)).toBe('ana');
    expect(await store.verifyToken(`${token}x`)).toBeUndefined();
    const rows = await store.sql.db.selectFrom('tokens').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token.slice(6));
  });

  it('refuses a second token of one name unless told to replace it, and lists tokens without secrets', async () => {
    const clock = fakeClock('2026-11-24T10:00:00.000Z');
    const store = await ctx.harness.open({ now: clock.now });
    const first = await store.createToken('ci');
    await expect(store.createToken(' ci ')).rejects.toThrow(/^token: a token named "ci" exists \(created 2026-11-24T10:00:00.000Z\): revoke it first/);
    await expect(store.createToken('two\nlines')).rejects.toThrow(/^token: a token name is 1–64 characters/);
    expect(await store.verifyToken(first)).toBe('ci');
    clock.advance(60_000);
    const second = await store.createToken('ci', { replace: true });
    expect(await store.verifyToken(second)).toBe('ci');
    expect(await store.verifyToken(first)).toBeUndefined();
    await store.createToken('ana');
    await vi.waitFor(async () => expect((await store.listTokens()).find((t) => t.name === 'ci')?.lastUsedAt).toBeDefined());
    const listed = await store.listTokens();
    expect(listed).toEqual([
      { name: 'ana', createdAt: '2026-11-24T10:01:00.000Z' },
      { name: 'ci', createdAt: '2026-11-24T10:01:00.000Z', lastUsedAt: '2026-11-24T10:01:00.000Z' },
    ]);
    const hashes = (await store.sql.db.selectFrom('tokens').select('hash').execute()).map((r) => r.hash);
    for (const secret of [first, second, ...hashes]) expect(JSON.stringify(listed)).not.toContain(secret.slice(6, 20));
  });

  it('refuses a token revoked by another process once its recheck is due, without a restart', async () => {
    const clock = fakeClock('2026-11-24T10:00:00.000Z');
    const server = await ctx.harness.open({ now: clock.now });
    const cli = await ctx.harness.open();
    const leaked = await cli.createToken('leaked');
    const kept = await cli.createToken('kept');
    expect(await server.verifyToken(leaked)).toBe('leaked');
    expect(await cli.revokeToken('leaked')).toBe(true);
    expect(await cli.revokeToken('leaked')).toBe(false);
    expect(await cli.verifyToken(leaked)).toBeUndefined();
    clock.advance(TOKEN_RECHECK_MS);
    expect(await server.verifyToken(leaked)).toBeUndefined();
    expect(await server.verifyToken(kept)).toBe('kept');
    // A clock set back does not keep a revoked token alive either.
    await cli.revokeToken('kept');
    clock.advance(-3_600_000);
    expect(await server.verifyToken(kept)).toBeUndefined();
    expect(await server.listTokens()).toEqual([]);
  });

  it('records when a token was last used at most once a minute, whatever the number of requests or processes', async () => {
    const clock = fakeClock('2026-11-24T10:00:00.000Z');
    const a = await ctx.harness.open({ now: clock.now });
    const b = await ctx.harness.open({ now: () => new Date(clock.now().getTime() + 30_000) });
    const token = await a.createToken('ext');
    const lastUsed = async () => (await a.listTokens())[0]!.lastUsedAt;
    for (let i = 0; i < 20; i++) {
      expect(await a.verifyToken(token)).toBe('ext');
      clock.advance(1000);
    }
    await vi.waitFor(async () => expect(await lastUsed()).toBe('2026-11-24T10:00:00.000Z'));
    expect(await b.verifyToken(token)).toBe('ext');
    await b.close();
    await a.close();
    const reader = await ctx.harness.open();
    expect((await reader.listTokens())[0]!.lastUsedAt).toBe('2026-11-24T10:00:00.000Z');
  });
}
