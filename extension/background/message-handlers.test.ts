import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../db/vigia-db.ts';
import { MessageError, sendToBackground } from '../messages.ts';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { pullChangeFeed } from '../sync/change-feed.ts';
import { createCollectorClient } from '../sync/collector-client.ts';
import { createSyncEngine, type SyncEngine } from '../sync/sync-engine.ts';
import { FakeCollector } from '../sync/testing/fake-collector.ts';
import { makeMention } from '../sync/testing/mention-fixtures.ts';
import { createMessageHandlers } from './message-handlers.ts';
import { listenForMessages } from './message-listener.ts';

let collector: FakeCollector;
let engine: SyncEngine;

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  collector = new FakeCollector();
  const settings = { ...DEFAULT_SETTINGS, collectorUrl: collector.url, token: collector.token };
  engine = createSyncEngine({ loadSettings: async () => settings, fetchImpl: collector.fetch });
  listenForMessages(createMessageHandlers(engine, collector.fetch));
});

afterEach(() => engine.stop());

async function syncOnce(...mentions: ReturnType<typeof makeMention>[]) {
  collector.add(...mentions);
  await pullChangeFeed(createCollectorClient({ collectorUrl: collector.url, token: collector.token }, collector.fetch), collector.url);
}

describe('background messages', () => {
  it('triage:set reaches the collector and updates Dexie', async () => {
    const mention = makeMention();
    await syncOnce(mention);
    expect(await sendToBackground('triage:set', { mentionId: mention.id, status: 'responded' })).toEqual({ delivered: true });
    expect(collector.mention(mention.id)?.triage.status).toBe('responded');
    expect(await db.mentions.get(mention.id)).toMatchObject({ triageStatus: 'responded', mention: { triage: { status: 'responded' } } });
  });

  it('triage:set says the edit waits when the collector is offline', async () => {
    const mention = makeMention();
    await syncOnce(mention);
    collector.offline = true;
    const outcome = await sendToBackground('triage:set', { mentionId: mention.id, status: 'resolved' });
    expect(outcome).toMatchObject({ delivered: false, detail: expect.stringMatching(/unreachable/) });
    expect(await db.triageQueue.count()).toBe(1);
  });

  it('triage:set on an unknown mention fails with a readable error', async () => {
    await expect(sendToBackground('triage:set', { mentionId: 'nope', status: 'resolved' })).rejects.toThrow(MessageError);
  });

  it('mentions:of-person finds the author by any of the handles on the page, newest first', async () => {
    const older = makeMention({ publishedAt: '2026-11-14T10:00:00.000Z' });
    const newer = makeMention({ publishedAt: '2026-11-19T10:00:00.000Z', sentiment: { unscored: 'no sentiment signal' } });
    const fedi = makeMention({ platform: 'mastodon', publishedAt: '2026-11-18T10:00:00.000Z', author: { url: 'https://mastodon.social/@marta_rz' } });
    const stranger = makeMention({ author: { handle: 'someone_else' } });
    await syncOnce(older, newer, fedi, stranger);
    const { mentions } = await sendToBackground('mentions:of-person', {
      emails: ['marta@example.com'],
      handles: [
        { platform: 'reddit', handle: 'marta_rz' },
        { platform: 'mastodon', handle: 'marta_rz@mastodon.social' },
      ],
    });
    expect(mentions.map((m) => m.id)).toEqual([newer.id, fedi.id, older.id]);
    expect(mentions[0]).toMatchObject({ sentiment: 'unscored', platform: 'reddit', author: 'Marta', url: newer.url });
    expect((await sendToBackground('mentions:of-person', { emails: [], handles: [] })).mentions).toEqual([]);
  });

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
