import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../db/vigia-db.ts';
import { DEFAULT_SETTINGS, type VigiaSettings } from '../settings/settings.ts';
import { readFeedCursor } from './mention-store.ts';
import { createSyncEngine, type SyncEngine } from './sync-engine.ts';
import { syncStatusItem } from './sync-status.ts';
import { FakeCollector } from './testing/fake-collector.ts';
import { makeMention } from './testing/mention-fixtures.ts';

let collector: FakeCollector;
let engine: SyncEngine | undefined;

/** A backoff wait the test releases by hand, so retries happen exactly when the test says. */
function gatedWait() {
  let release: () => void = () => undefined;
  const waits: number[] = [];
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      waits.push(ms);
      release = resolve;
    });
  return { wait, waits, release: () => release() };
}

const settingsFor = (c: FakeCollector, token = c.token): VigiaSettings => ({ ...DEFAULT_SETTINGS, collectorUrl: c.url, token });
const streamRequests = () => collector.requests.filter((r) => r.path === '/api/stream');

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  collector = new FakeCollector();
});

afterEach(async () => {
  await engine?.stop();
  engine = undefined;
});

describe('sync engine', () => {
  it('catches up on the change feed, then follows the live stream from the stored cursor', async () => {
    collector.add(makeMention(), makeMention());
    const gate = gatedWait();
    engine = createSyncEngine({ loadSettings: async () => settingsFor(collector), fetchImpl: collector.fetch, wait: gate.wait });
    engine.ensureRunning();
    await vi.waitFor(() => expect(collector.openStreams).toBe(1));
    expect(await db.mentions.count()).toBe(2);
    expect(streamRequests()[0]?.headers.get('Last-Event-ID')).toBe('c2');
    expect(streamRequests()[0]?.headers.get('Authorization')).toBe(`Bearer ${collector.token}`);
    await vi.waitFor(async () => expect((await syncStatusItem.getValue()).state).toBe('live'));

    const live = makeMention();
    collector.add(live);
    await vi.waitFor(async () => expect(await db.mentions.get(live.id)).toBeDefined());
    await vi.waitFor(async () => expect(await readFeedCursor(collector.url)).toBe('c3'));
  });

  it('after losing the collector, backs off, catches up what it missed, and stores nothing twice', async () => {
    collector.add(makeMention());
    const gate = gatedWait();
    engine = createSyncEngine({ loadSettings: async () => settingsFor(collector), fetchImpl: collector.fetch, wait: gate.wait });
    engine.ensureRunning();
    await vi.waitFor(() => expect(collector.openStreams).toBe(1));

    collector.offline = true;
    collector.closeStreams();
    const missed = makeMention();
    collector.add(missed);
    await vi.waitFor(() => expect(gate.waits).toHaveLength(1)); // stream ended: wait before reconnecting
    gate.release();
    await vi.waitFor(async () => expect((await syncStatusItem.getValue()).state).toBe('error'));
    expect((await syncStatusItem.getValue()).detail).toMatch(/collector: unreachable/);
    await vi.waitFor(() => expect(gate.waits).toHaveLength(2));
    expect(gate.waits[1]).toBeGreaterThan(gate.waits[0]! / 2); // backoff grows (jittered)

    collector.offline = false;
    gate.release();
    await vi.waitFor(() => expect(collector.openStreams).toBe(1));
    expect(await db.mentions.get(missed.id)).toBeDefined();
    expect(await db.mentions.count()).toBe(2);
    expect(streamRequests().at(-1)?.headers.get('Last-Event-ID')).toBe('c2');
  });

  it('stops on a refused token instead of retrying, and says so', async () => {
    engine = createSyncEngine({ loadSettings: async () => settingsFor(collector, 'wrong'), fetchImpl: collector.fetch, wait: gatedWait().wait });
    engine.ensureRunning();
    await vi.waitFor(() => expect(engine?.running).toBe(false));
    expect(await syncStatusItem.getValue()).toMatchObject({ state: 'error', detail: expect.stringMatching(/401/) });
  });

  it('does nothing but report when not configured', async () => {
    engine = createSyncEngine({ loadSettings: async () => DEFAULT_SETTINGS, fetchImpl: collector.fetch });
    engine.ensureRunning();
    await vi.waitFor(() => expect(engine?.running).toBe(false));
    expect(collector.requests).toEqual([]);
    expect((await syncStatusItem.getValue()).state).toBe('not-configured');
  });

  it('runs one loop however often it is woken, and forgets another collector’s mentions on restart', async () => {
    collector.add(makeMention());
    let settings = settingsFor(collector);
    engine = createSyncEngine({ loadSettings: async () => settings, fetchImpl: collector.fetch, wait: gatedWait().wait });
    engine.ensureRunning();
    engine.ensureRunning();
    await vi.waitFor(() => expect(collector.openStreams).toBe(1));
    engine.ensureRunning();
    expect(streamRequests()).toHaveLength(1);

    await engine.stop();
    expect(collector.openStreams).toBe(0);
    const other = new FakeCollector();
    Object.assign(other, { url: 'http://127.0.0.1:9797' });
    other.add(makeMention({ id: 'from-other' }));
    settings = settingsFor(other);
    engine = createSyncEngine({ loadSettings: async () => settings, fetchImpl: other.fetch, wait: gatedWait().wait });
    engine.ensureRunning();
    await vi.waitFor(() => expect(other.openStreams).toBe(1));
    expect((await db.mentions.toArray()).map((r) => r.id)).toEqual(['from-other']);
  });
});
