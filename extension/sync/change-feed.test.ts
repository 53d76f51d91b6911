import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../db/vigia-db.ts';
import { pullChangeFeed } from './change-feed.ts';
import { createCollectorClient } from './collector-client.ts';
import { readFeedCursor } from './mention-store.ts';
import { FakeCollector } from './testing/fake-collector.ts';
import { makeMention } from './testing/mention-fixtures.ts';

let collector: FakeCollector;
const clientOf = (c: FakeCollector) => createCollectorClient({ collectorUrl: c.url, token: c.token }, c.fetch);
const sinceParams = (c: FakeCollector) => c.requests.filter((r) => r.path === '/api/mentions').map((r) => r.query.get('since'));

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  collector = new FakeCollector();
});

describe('pullChangeFeed', () => {
  it('pages through the feed from the beginning, following next, and stores each mention once', async () => {
    collector.add(...Array.from({ length: 5 }, () => makeMention()));
    const report = await pullChangeFeed(clientOf(collector), collector.url, { pageSize: 2 });
    expect(report).toMatchObject({ pages: 3, stored: 5, rejected: 0, cursor: 'c5' });
    expect(sinceParams(collector)).toEqual(['0', 'c2', 'c4']);
    expect(collector.requests.every((r) => r.query.get('limit') === '2')).toBe(true);
    expect(await db.mentions.count()).toBe(5);
    expect(await readFeedCursor(collector.url)).toBe('c5');
  });

  it('resumes from the stored cursor after a restart with fresh module state, storing nothing twice', async () => {
    const first = [makeMention(), makeMention(), makeMention()];
    collector.add(...first);
    await pullChangeFeed(clientOf(collector), collector.url, { pageSize: 200 });

    // The service worker is stopped: all module state is gone, only IndexedDB remains.
    db.close();
    vi.resetModules();
    const fresh = {
      feed: await import('./change-feed.ts'),
      client: await import('./collector-client.ts'),
      db: (await import('../db/vigia-db.ts')).db,
    };
    const later = [makeMention(), makeMention()];
    collector.add(...later, { ...first[0]!, triage: { status: 'responded', updatedAt: '2026-11-03T09:00:00.000Z' } });
    collector.requests.length = 0;

    const client = fresh.client.createCollectorClient({ collectorUrl: collector.url, token: collector.token }, collector.fetch);
    const report = await fresh.feed.pullChangeFeed(client, collector.url);
    expect(sinceParams(collector)).toEqual(['c3']);
    expect(report).toMatchObject({ stored: 3, cursor: 'c6' });
    expect(await fresh.db.mentions.count()).toBe(5);
    expect((await fresh.db.mentions.get(first[0]!.id))?.triageStatus).toBe('responded');

    // Nothing new: one request from the same cursor, no writes.
    collector.requests.length = 0;
    expect(await fresh.feed.pullChangeFeed(client, collector.url)).toMatchObject({ pages: 1, stored: 0, cursor: 'c6' });
    expect(sinceParams(collector)).toEqual(['c6']);
    fresh.db.close();
  });

  it('keeps the pages stored before a failure and resumes after the last one', async () => {
    collector.add(...Array.from({ length: 4 }, () => makeMention()));
    const failing: typeof fetch = async (input, init) => {
      if (String(input).includes('since=c2')) throw new TypeError('Failed to fetch');
      return collector.fetch(input, init);
    };
    const client = createCollectorClient({ collectorUrl: collector.url, token: collector.token }, failing);
    await expect(pullChangeFeed(client, collector.url, { pageSize: 2 })).rejects.toThrow(/collector: unreachable/);
    expect(await db.mentions.count()).toBe(2);
    expect(await readFeedCursor(collector.url)).toBe('c2');

    await pullChangeFeed(clientOf(collector), collector.url, { pageSize: 2 });
    expect(await db.mentions.count()).toBe(4);
    expect(await readFeedCursor(collector.url)).toBe('c4');
  });

  it('skips items that break the Mention schema and counts them', async () => {
    const good = makeMention();
    const broken: typeof fetch = async () =>
      new Response(JSON.stringify({ items: [good, { id: 'x', text: 42 }], next: null, cursor: 'c9' }), { status: 200 });
    const client = createCollectorClient({ collectorUrl: collector.url, token: collector.token }, broken);
    expect(await pullChangeFeed(client, collector.url)).toMatchObject({ stored: 1, rejected: 1, cursor: 'c9' });
    expect(await db.mentions.get('x')).toBeUndefined();
  });

  it('reads the cursor of another collector as the beginning', async () => {
    collector.add(makeMention());
    await pullChangeFeed(clientOf(collector), collector.url);
    expect(await readFeedCursor('http://127.0.0.1:9999')).toBe('0');
  });
});
