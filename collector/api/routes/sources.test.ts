import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite-store.ts';
import type { VigiaStore } from '../../store/store.ts';
import { sourceEntry } from '../../sources/testing/fake-http.ts';
import { registerAuth } from '../auth.ts';
import { registerErrorHandler } from '../error-handler.ts';
import { sourceRoutes } from './sources.ts';

let dir: string;
let store: VigiaStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-sources-'));
  store = openSqliteStore(join(dir, 'vigia.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function appWith(configured?: Parameters<typeof sourceRoutes>[2]) {
  const app = Fastify();
  registerErrorHandler(app);
  registerAuth(app, store);
  sourceRoutes(app, store, configured);
  return { app, auth: { authorization: `Bearer ${await store.createToken('ops')}` } };
}

describe('GET /api/sources', () => {
  it('needs a token, then lists each source with its last run, counts, errors and next run', async () => {
    await store.recordSourceRun({ id: 'lumora-reddit', kind: 'reddit', url: 'https://www.reddit.com/search.json?q=lumora', ranAt: '2026-11-20T10:00:00.000Z', ok: true, itemsSeen: 25, itemsNew: 4, nextRunAt: '2026-11-20T10:10:00.000Z' });
    await store.recordSourceRun({ id: 'lumora-x', kind: 'x', url: 'https://api.x.com/2/tweets/search/recent?query=lumora', ranAt: '2026-11-20T10:00:00.000Z', ok: false, itemsSeen: 0, itemsNew: 0, error: 'fetcher: api.x.com answered 401 Unauthorized' });
    const configured = [
      { ...sourceEntry('reddit', 'https://www.reddit.com/search.json?q=lumora'), id: 'lumora-reddit', every: '10m' },
      { ...sourceEntry('x', 'https://api.x.com/2/tweets/search/recent?query=lumora'), id: 'lumora-x', every: '15m' },
    ];
    const { app, auth } = await appWith(configured);
    expect((await app.inject({ url: '/api/sources' })).statusCode).toBe(401);
    const answer = await app.inject({ url: '/api/sources', headers: auth });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().items).toEqual([
      expect.objectContaining({ id: 'lumora-reddit', health: 'ok', lastRunAt: '2026-11-20T10:00:00.000Z', itemsSeen: 25, itemsNew: 4, errorCount: 0, nextRunAt: '2026-11-20T10:10:00.000Z' }),
      expect.objectContaining({ id: 'lumora-x', health: 'failing', errorCount: 1, lastError: 'fetcher: api.x.com answered 401 Unauthorized', nextRunAt: '2026-11-20T10:30:00.000Z', nextRunEstimated: true }),
    ]);
    await app.close();
  });

  it('lists what the store knows when the process has no config', async () => {
    await store.recordSourceRun({ id: 'lumora-hn', kind: 'hackernews', url: 'https://hn.algolia.com/api/v1/search_by_date?query=lumora', ranAt: '2026-11-20T10:00:00.000Z', ok: true, itemsSeen: 3, itemsNew: 3 });
    const { app, auth } = await appWith();
    expect((await app.inject({ url: '/api/sources', headers: auth })).json().items).toEqual([expect.objectContaining({ id: 'lumora-hn', kind: 'hackernews', health: 'ok', itemsNew: 3 })]);
    await app.close();
  });
});
