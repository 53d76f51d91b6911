// A leaked token is revoked without a restart: `vigia token revoke` from another process, and every API
// server on the database refuses the token within about a second — its open live stream included.
import { execFile } from 'node:child_process';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenCommand, listTokensCommand, revokeTokenCommand } from '../commands/token.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { StoreHarness } from '../store/testing/store-contract.ts';
import { testEngines } from '../store/testing/test-databases.ts';
import { createApi, type Api } from './server.ts';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../../bin/vigia.js', import.meta.url));

/** Opens GET /api/stream and resolves once the server said it is connected. */
function openStream(base: string, token: string): Promise<{ response: IncomingMessage; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}/api/stream`, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      const closed = new Promise<void>((done) => {
        response.on('close', () => done());
        response.on('error', () => done());
      });
      response.once('data', () => resolve({ response, closed }));
    });
    req.on('error', reject);
    req.end();
  });
}

const engines = await testEngines();
let harness: StoreHarness | undefined;
let api: Api | undefined;
afterEach(async () => {
  await api?.close();
  await harness?.destroy();
  api = harness = undefined;
});

describe.each(engines)('token revocation ($name)', (engine) => {
  it('refuses a revoked token on a running server within about a second, and cuts its open stream', async () => {
    harness = await engine.create();
    const serverStore = await harness.open();
    const other = await harness.open(); // another process: the operator's CLI, or another API server
    const leaked = await other.createToken('leaked');
    const kept = await other.createToken('kept');
    api = createApi({ store: serverStore, pollMs: 50, pingMs: 60_000 });
    const base = await api.listen(0, '127.0.0.1');
    const get = (token: string) => api!.app.inject({ url: '/api/mentions', headers: { authorization: `Bearer ${token}` } });
    expect((await get(leaked)).statusCode).toBe(200);
    const stream = await openStream(base, leaked);

    await revokeTokenCommand(other, 'leaked', () => undefined);
    await vi.waitFor(async () => expect((await get(leaked)).statusCode).toBe(401), { timeout: 4000, interval: 100 });
    expect((await get(leaked)).json().error).toMatch(/invalid token \(unknown or revoked\)/);
    await stream.closed;
    expect((await get(kept)).statusCode).toBe(200);
  });
});

describe('vigia token (command line)', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('lists tokens without secrets, and `vigia token revoke` in another process shuts a running server to the token', { timeout: 90_000 }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigia-token-cli-'));
    const store = openSqliteStore(join(dir, 'vigia.db'));
    const token = await createTokenCommand(store, 'extension', {}, () => undefined);
    await expect(createTokenCommand(store, 'extension', {}, () => undefined)).rejects.toThrow(/token: a token named "extension" exists/);
    api = createApi({ store, pollMs: 50 });
    try {
      const get = () => api!.app.inject({ url: '/api/mentions', headers: { authorization: `Bearer ${token}` } });
      expect((await get()).statusCode).toBe(200);
      const lines: string[] = [];
      await listTokensCommand(store, (line) => lines.push(line));
      expect(lines.join('\n')).toMatch(/^NAME\s+CREATED\s+LAST USED\nextension\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC\s+(never|\d{4}-\d\d-\d\d \d\d:\d\d UTC)$/);
      expect(lines.join('\n')).not.toContain(token.slice(6, 20));
      const revoked = await run(process.execPath, [cli, 'token', 'revoke', 'extension'], { env: { ...process.env, VIGIA_DATA_DIR: dir, VIGIA_DATABASE_URL: '' } });
      expect(revoked.stdout).toMatch(/Revoked token "extension"/);
      await vi.waitFor(async () => expect((await get()).statusCode).toBe(401), { timeout: 4000, interval: 100 });
      await expect(revokeTokenCommand(store, 'extension', () => undefined)).rejects.toThrow(/no token named "extension"/);
    } finally {
      await api.close();
      api = undefined;
      await store.close();
    }
  });
});
