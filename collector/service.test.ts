// The running collector on each engine: one scheduler (by lease) whatever the store, intervals that can never
// overflow a timer, and a stop that is not mistaken for a failing source.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateConfig } from './config.ts';
import { MAX_EVERY_MS } from './duration.ts';
import { startFixtureServer, type FixtureServer } from './reviews/testing/fixture-server.ts';
import { startService } from './service.ts';
import type { StoreHarness } from './store/testing/store-contract.ts';
import { testEngines } from './store/testing/test-databases.ts';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description>
<item><guid>lumora-1</guid><title>Lumora router broke</title><link>http://x/1</link><description>lumora down again</description></item></channel></rss>`;

/** Polls `check` until it holds; the deadline turns a hang into a failure naming what was awaited. */
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(20);
  }
}

let server: FixtureServer;
beforeEach(async () => {
  server = await startFixtureServer((request, response) => {
    if (request.url === '/feed.xml') return response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    if (request.url === '/held.xml') return; // answers only when the server closes
    response.writeHead(404).end();
  });
});
afterEach(() => server.close());

const configFor = (every: string, path: string) =>
  validateConfig({ brands: [{ name: 'Lumora', query: 'lumora' }], sources: [{ id: 'feed', kind: 'rss', url: `${server.url}${path}`, every }] });

describe.each(await testEngines())('the collector service ($name)', (engine) => {
  let harness: StoreHarness;
  beforeEach(async () => {
    harness = await engine.create();
  });
  afterEach(async () => {
    await harness.destroy();
  });

  it('collects a source with the longest accepted "every" ("7d") once, then not again before it is due', { timeout: 30_000 }, async () => {
    const store = await harness.open();
    const service = await startService({ store, collect: configFor('7d', '/feed.xml') });
    try {
      // Due times are kept in the store: the run is released with its next one.
      await until('the source is released with its next run', async () => (await store.sourceState('feed'))?.nextRunAt !== undefined);
      const state = await store.sourceState('feed');
      const dueIn = Date.parse(state!.nextRunAt!) - Date.now();
      expect(dueIn).toBeGreaterThan(MAX_EVERY_MS * 0.9 - 60_000); // jittered by up to 10 %
      expect(dueIn).toBeLessThanOrEqual(MAX_EVERY_MS);
      expect(state).toMatchObject({ errorCount: 0, itemsNew: 1 });
      expect(server.hits.get('/feed.xml')).toBe(1);
    } finally {
      await service.stop();
    }
    expect(server.hits.get('/feed.xml')).toBe(1);
  });

  it('does not record a fetch cut short by stopping as the source failing, and leaves it due', { timeout: 30_000 }, async () => {
    const store = await harness.open();
    const service = await startService({ store, collect: configFor('5m', '/held.xml') });
    await until('the fetch is under way', () => server.hits.get('/held.xml') === 1);
    await service.stop();
    const state = await store.sourceState('feed');
    expect(state).toMatchObject({ errorCount: 0, itemsSeen: 0 });
    expect(state?.lastError).toBeUndefined();
    expect(state?.lastRunAt).toBeUndefined();
    expect(Date.parse(state!.nextRunAt!)).toBeLessThanOrEqual(Date.now());
  });
});
