import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToBackground } from '../messages.ts';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { createSyncEngine, type SyncEngine } from '../sync/sync-engine.ts';
import type { FakeCollector } from '../sync/testing/fake-collector.ts';
import { freshCollector } from '../sync/testing/fresh-collector.ts';
import { makeMention } from '../sync/testing/mention-fixtures.ts';
import { createMessageHandlers } from './message-handlers.ts';
import { listenForMessages } from './message-listener.ts';

let collector: FakeCollector;
let engine: SyncEngine;

beforeEach(async () => {
  collector = await freshCollector();
  const settings = { ...DEFAULT_SETTINGS, collectorUrl: collector.url, token: collector.token };
  engine = createSyncEngine({ loadSettings: async () => settings, fetchImpl: collector.fetch });
  listenForMessages(createMessageHandlers(engine, collector.fetch));
});

afterEach(() => engine.stop());

describe('background messages', () => {
  it('connection:test tells ok, a refused token and an unreachable collector apart', async () => {
    collector.add(makeMention());
    expect(await sendToBackground('connection:test', { collectorUrl: collector.url, token: collector.token })).toEqual({ kind: 'ok', version: '0.1.0', mentions: 1 });
    expect(await sendToBackground('connection:test', { collectorUrl: collector.url, token: 'wrong' })).toMatchObject({ kind: 'unauthorized' });
    collector.offline = true;
    expect(await sendToBackground('connection:test', { collectorUrl: collector.url, token: collector.token })).toMatchObject({ kind: 'unreachable', detail: expect.stringContaining(collector.url) });
  });

  it('ignores messages that are not in the map', async () => {
    await expect(fakeBrowser.runtime.sendMessage({ type: 'something-else' })).resolves.toBeUndefined();
  });
});
