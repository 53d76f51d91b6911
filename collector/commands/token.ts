// `vigia token create NAME [--replace]`, `vigia token list`, `vigia token revoke NAME`: API tokens. A new
// token is printed alone on the last line (only its hash is stored); the list never shows a secret.
import type { VigiaStore } from '../store/store.ts';
import { TokenError } from '../store/token-queries.ts';

export async function createTokenCommand(store: VigiaStore, name: string, opts: { replace?: boolean } = {}, out: (line: string) => void = console.log): Promise<string> {
  const token = await store.createToken(name, opts);
  out(`Created token "${name.trim()}"${opts.replace ? ' (the old one is revoked)' : ''}. Keep it secret: only its hash is stored, it cannot be shown again.`);
  out(token);
  return token;
}

/** "2026-11-24 10:01 UTC": last use is recorded to the minute. */
const minute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export async function listTokensCommand(store: VigiaStore, out: (line: string) => void = console.log): Promise<void> {
  const tokens = await store.listTokens();
  if (!tokens.length) return out('No tokens. Create one with "vigia token create NAME".');
  const width = Math.max(4, ...tokens.map((t) => t.name.length));
  out(`${'NAME'.padEnd(width)}  ${'CREATED'.padEnd(20)}  LAST USED`);
  for (const t of tokens) out(`${t.name.padEnd(width)}  ${minute(t.createdAt).padEnd(20)}  ${t.lastUsedAt ? minute(t.lastUsedAt) : 'never'}`);
}

export async function revokeTokenCommand(store: VigiaStore, name: string, out: (line: string) => void = console.log): Promise<void> {
  if (!(await store.revokeToken(name))) throw new TokenError(`no token named "${name.trim()}" ("vigia token list" shows them)`);
  out(`Revoked token "${name.trim()}": every API server refuses it within a second, no restart needed.`);
}
