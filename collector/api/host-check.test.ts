import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../config.ts';
import { startService } from '../service.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { openApiFixture, type ApiFixture } from './testing/api-fixture.ts';

let fx: ApiFixture | undefined;
afterEach(() => fx?.close());

const hostOf = (f: ApiFixture, host: string, headers: Record<string, string> = {}) => f.api.app.inject({ url: '/api/mentions', headers: { ...f.auth, ...headers, host } });

describe('Host header (DNS rebinding)', () => {
  it('answers the loopback names, with or without a port', async () => {
    fx = await openApiFixture();
    for (const host of ['localhost', 'localhost:8787', '127.0.0.1:8787', '[::1]:8787', 'LOCALHOST:8787', 'localhost.:8787']) {
      expect((await hostOf(fx, host)).statusCode, host).toBe(200);
    }
  });

  it('refuses any other name before authentication, health included, naming the setting', async () => {
    fx = await openApiFixture();
    for (const host of ['evil.example:8787', 'evil.example', '127.0.0.1.evil.example:8787', 'localhost.evil.example']) {
      const res = await hostOf(fx, host);
      expect(res.statusCode, host).toBe(421);
      expect(res.json().error).toMatch(/api\.allowedHosts/);
    }
    const health = await fx.api.app.inject({ url: '/api/health', headers: { host: 'evil.example:8787' } });
    expect(health.statusCode).toBe(421);
    const anonymous = await fx.api.app.inject({ url: '/api/mentions', headers: { host: 'rebound.example' } });
    expect(anonymous.statusCode).toBe(421);
  });

  it('also answers the configured names, and every name when told "*"', async () => {
    fx = await openApiFixture({ allowedHosts: ['vigia.internal', '10.0.0.5'] });
    expect((await hostOf(fx, 'vigia.internal:8787')).statusCode).toBe(200);
    expect((await hostOf(fx, 'VIGIA.internal')).statusCode).toBe(200);
    expect((await hostOf(fx, '10.0.0.5:8787')).statusCode).toBe(200);
    expect((await hostOf(fx, 'evil.example')).statusCode).toBe(421);
    await fx.close();
    fx = await openApiFixture({ allowedHosts: ['*'] });
    expect((await hostOf(fx, 'anything.example')).statusCode).toBe(200);
  });
});

describe('api.allowedHosts in the config', () => {
  it('reaches the running service: the configured names are answered, others refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigia-hosts-'));
    const store = openSqliteStore(join(dir, 'vigia.db'));
    const config = validateConfig({ brands: [{ name: 'Acme', query: 'acme' }], api: { host: '127.0.0.1', allowedHosts: ['vigia.lan'] } });
    const service = await startService({ store, api: config.api, port: 0 });
    try {
      const statusFor = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const request = httpRequest(`${service.apiUrl}/api/health`, { headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          request.on('error', reject).end();
        });
      expect(await statusFor('vigia.lan:8787')).toBe(200);
      expect(await statusFor('127.0.0.1:8787')).toBe(200);
      expect(await statusFor('rebound.example:8787')).toBe(421);
    } finally {
      await service.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
