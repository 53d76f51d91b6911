import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../db/vigia-db.ts';
import { pullChangeFeed } from './change-feed.ts';
import { createCollectorClient } from './collector-client.ts';
import { enqueueTriageEdit, flushTriageQueue, TriageEditError } from './triage-queue.ts';
import { FakeCollector } from './testing/fake-collector.ts';
import { makeMention } from './testing/mention-fixtures.ts';

let collector: FakeCollector;
const client = () => createCollectorClient({ collectorUrl: collector.url, token: collector.token }, collector.fetch);
const patches = () => collector.requests.filter((r) => r.method === 'PATCH').map((r) => [r.path, r.body]);

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  collector = new FakeCollector();
});

describe('triage queue', () => {
  it('shows an edit as pending at once, and keeps it queued while the collector is offline', async () => {
    const mention = makeMention();
    collector.add(mention);
    await pullChangeFeed(client(), collector.url);
    collector.offline = true;

    await enqueueTriageEdit({ mentionId: mention.id, status: 'responded' }, new Date('2026-11-03T10:00:00Z'));
    expect(await db.mentions.get(mention.id)).toMatchObject({ triageStatus: 'responded', pendingTriage: { status: 'responded' } });

    const report = await flushTriageQueue(client());
    expect(report).toMatchObject({ sent: 0, remaining: 1, stoppedBy: expect.stringMatching(/collector: unreachable/) });
    expect(await db.triageQueue.toArray()).toMatchObject([{ mentionId: mention.id, attempts: 1 }]);
    expect(collector.mention(mention.id)?.triage.status).toBe('new');
  });

  it('sends queued edits in the order made, with the time each was made, once the collector is back', async () => {
    const [a, b] = [makeMention(), makeMention()];
    collector.add(a!, b!);
    await pullChangeFeed(client(), collector.url);
    collector.offline = true;
    await enqueueTriageEdit({ mentionId: b!.id, status: 'ignored' }, new Date('2026-11-03T10:00:00Z'));
    await enqueueTriageEdit({ mentionId: a!.id, status: 'responded' }, new Date('2026-11-03T10:01:00Z'));
    await enqueueTriageEdit({ mentionId: a!.id, status: 'resolved' }, new Date('2026-11-03T10:02:00Z'));
    await flushTriageQueue(client());

    collector.offline = false;
    collector.requests.length = 0;
    expect(await flushTriageQueue(client())).toMatchObject({ sent: 3, remaining: 0, dropped: [] });
    expect(patches()).toEqual([
      [`/api/mentions/${b!.id}/triage`, { status: 'ignored', updatedAt: '2026-11-03T10:00:00.000Z' }],
      [`/api/mentions/${a!.id}/triage`, { status: 'responded', updatedAt: '2026-11-03T10:01:00.000Z' }],
      [`/api/mentions/${a!.id}/triage`, { status: 'resolved', updatedAt: '2026-11-03T10:02:00.000Z' }],
    ]);
    expect(collector.mention(a!.id)?.triage.status).toBe('resolved');
    const row = await db.mentions.get(a!.id);
    expect(row?.pendingTriage).toBeUndefined();
    expect(row).toMatchObject({ triageStatus: 'resolved', mention: { triage: { status: 'resolved' } } });
  });

  it('does not send an edit twice when flushes overlap', async () => {
    const mention = makeMention();
    collector.add(mention);
    await pullChangeFeed(client(), collector.url);
    await enqueueTriageEdit({ mentionId: mention.id, status: 'responded' });
    await Promise.all([flushTriageQueue(client()), flushTriageQueue(client()), flushTriageQueue(client())]);
    expect(patches()).toHaveLength(1);
  });

  it('drops an edit the collector refuses for good and restores the collector status', async () => {
    const mention = makeMention();
    collector.add(mention);
    await pullChangeFeed(client(), collector.url);
    const gone: typeof fetch = async (input, init) =>
      init?.method === 'PATCH' ? new Response(JSON.stringify({ error: 'api: no mention' }), { status: 404 }) : collector.fetch(input, init);
    await enqueueTriageEdit({ mentionId: mention.id, status: 'ignored' });
    const report = await flushTriageQueue(createCollectorClient({ collectorUrl: collector.url, token: collector.token }, gone));
    expect(report).toMatchObject({ sent: 0, remaining: 0, dropped: [{ mentionId: mention.id, error: expect.stringMatching(/404/) }] });
    expect(await db.mentions.get(mention.id)).toMatchObject({ triageStatus: 'new' });
    expect((await db.mentions.get(mention.id))?.pendingTriage).toBeUndefined();
  });

  it('keeps the edit queued when the token is refused', async () => {
    const mention = makeMention();
    collector.add(mention);
    await pullChangeFeed(client(), collector.url);
    await enqueueTriageEdit({ mentionId: mention.id, status: 'resolved' });
    const report = await flushTriageQueue(createCollectorClient({ collectorUrl: collector.url, token: 'wrong' }, collector.fetch));
    expect(report).toMatchObject({ remaining: 1, stoppedBy: expect.stringMatching(/401/) });
  });

  it('refuses edits of unknown mentions and edits that change nothing', async () => {
    await expect(enqueueTriageEdit({ mentionId: 'nope', status: 'resolved' })).rejects.toThrow(TriageEditError);
    await expect(enqueueTriageEdit({ mentionId: 'nope' })).rejects.toThrow(/changes nothing/);
    expect(await db.triageQueue.count()).toBe(0);
  });

  it('keeps a pending edit when the change feed brings the mention again before the edit is sent', async () => {
    const mention = makeMention();
    collector.add(mention);
    await pullChangeFeed(client(), collector.url);
    await enqueueTriageEdit({ mentionId: mention.id, status: 'responded' });
    collector.add({ ...mention, title: 'edited upstream' });
    await pullChangeFeed(client(), collector.url);
    expect(await db.mentions.get(mention.id)).toMatchObject({ triageStatus: 'responded', mention: { title: 'edited upstream' } });
  });
});
