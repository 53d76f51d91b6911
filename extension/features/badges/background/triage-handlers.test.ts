import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../db/vigia-db.ts';
import type { BadgeRequest } from '../post-badge.ts';
import { sendToBackground } from '../../../messages.ts';
import { DEFAULT_SETTINGS, settingsItem } from '../../../settings/settings.ts';
import { pullChangeFeed } from '../../../sync/change-feed.ts';
import { createCollectorClient } from '../../../sync/collector-client.ts';
import { createSyncEngine, type SyncEngine } from '../../../sync/sync-engine.ts';
import type { FakeCollector } from '../../../sync/testing/fake-collector.ts';
import { freshCollector } from '../../../sync/testing/fresh-collector.ts';
import { makeMention } from '../../../sync/testing/mention-fixtures.ts';
import { createMessageHandlers } from '../../../background/message-handlers.ts';
import { listenForMessages } from '../../../background/message-listener.ts';

let collector: FakeCollector;
let engine: SyncEngine;

beforeEach(async () => {
  collector = await freshCollector();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, collectorUrl: collector.url, token: collector.token, assignee: 'Ana' });
  engine = createSyncEngine({ fetchImpl: collector.fetch });
  listenForMessages(createMessageHandlers(engine, collector.fetch));
});

afterEach(() => engine.stop());

async function sync(...mentions: ReturnType<typeof makeMention>[]) {
  collector.add(...mentions);
  await pullChangeFeed(createCollectorClient({ collectorUrl: collector.url, token: collector.token }, collector.fetch), collector.url);
}

const patches = () => collector.requests.filter((r) => r.method === 'PATCH').map((r) => [r.path, r.body]);

describe('triage:edit', () => {
  it('delivers a bulk edit of statuses and an assignee, one PATCH per edit', async () => {
    const [a, b] = [makeMention(), makeMention()];
    await sync(a, b);
    const outcome = await sendToBackground('triage:edit', {
      edits: [
        { mentionId: a.id, status: 'responded' },
        { mentionId: b.id, status: 'responded' },
        { mentionId: b.id, assignee: 'Ana' },
      ],
    });
    expect(outcome).toEqual({ delivered: [a.id, b.id], waiting: [], dropped: [] });
    expect(patches()).toHaveLength(3);
    expect(collector.mention(b.id)?.triage).toMatchObject({ status: 'responded', assignee: 'Ana' });
    expect(await db.mentions.get(b.id)).toMatchObject({ triageStatus: 'responded', mention: { triage: { assignee: 'Ana' } } });
    expect((await db.mentions.get(b.id))?.pendingTriage).toBeUndefined();
  });

  it('queues edits made offline and delivers each exactly once when the collector is back, last writer winning per field', async () => {
    const [a, b] = [makeMention(), makeMention()];
    await sync(a, b);
    collector.offline = true;
    const offline = await sendToBackground('triage:edit', { edits: [{ mentionId: a.id, status: 'responded' }, { mentionId: a.id, assignee: 'Ana' }, { mentionId: b.id, status: 'resolved' }] });
    expect(offline).toMatchObject({ delivered: [], waiting: [a.id, b.id], detail: expect.stringMatching(/unreachable/) });
    expect(await db.mentions.get(a.id)).toMatchObject({ triageStatus: 'responded', pendingTriage: { status: 'responded', assignee: 'Ana' } });

    // Meanwhile a colleague ignores A on the collector, later than the offline edit: that status wins.
    collector.offline = false;
    const later = new Date(Date.now() + 60_000).toISOString();
    await collector.fetch(`${collector.url}/api/mentions/${a.id}/triage`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${collector.token}` },
      body: JSON.stringify({ status: 'ignored', updatedAt: later }),
    });
    collector.requests.length = 0;

    const report = await engine.flushTriage();
    expect(report).toMatchObject({ sent: 3, remaining: 0 });
    await engine.flushTriage();
    expect(patches().map(([path]) => path)).toEqual([`/api/mentions/${a.id}/triage`, `/api/mentions/${a.id}/triage`, `/api/mentions/${b.id}/triage`]);
    expect(collector.mention(a.id)?.triage).toMatchObject({ status: 'ignored', assignee: 'Ana' });
    expect(collector.mention(b.id)?.triage.status).toBe('resolved');
    const row = await db.mentions.get(a.id);
    expect(row).toMatchObject({ triageStatus: 'ignored', mention: { triage: { status: 'ignored', assignee: 'Ana' } } });
    expect(row?.pendingTriage).toBeUndefined();
  });

  it('keeps queued edits through a stopped service worker and sends them once from the fresh one', async () => {
    const mention = makeMention();
    await sync(mention);
    collector.offline = true;
    await sendToBackground('triage:edit', { edits: [{ mentionId: mention.id, status: 'resolved' }] });
    db.close();
    vi.resetModules();
    const fresh = {
      queue: await import('../../../sync/triage-queue.ts'),
      client: await import('../../../sync/collector-client.ts'),
      db: (await import('../../../db/vigia-db.ts')).db,
    };
    collector.offline = false;
    collector.requests.length = 0;
    const client = fresh.client.createCollectorClient({ collectorUrl: collector.url, token: collector.token }, collector.fetch);
    expect(await fresh.queue.flushTriageQueue(client)).toMatchObject({ sent: 1, remaining: 0 });
    expect(await fresh.queue.flushTriageQueue(client)).toMatchObject({ sent: 0, remaining: 0 });
    expect(patches()).toHaveLength(1);
    expect(await fresh.db.triageQueue.count()).toBe(0);
    fresh.db.close();
  });

  it('reports edits it cannot take, delivering the rest', async () => {
    const mention = makeMention();
    await sync(mention);
    const outcome = await sendToBackground('triage:edit', { edits: [{ mentionId: 'nope', status: 'resolved' }, { mentionId: mention.id, status: 'resolved' }] });
    expect(outcome).toMatchObject({ delivered: [mention.id], waiting: [], dropped: [{ mentionId: 'nope', error: expect.stringMatching(/no mention nope/) }] });
  });
});

const post = (overrides: Partial<BadgeRequest>): BadgeRequest => ({ key: 'p', platform: 'reddit', kind: 'post', author: {}, text: '', ...overrides });

describe('badges:lookup', () => {
  it('finds a collected post by its key whatever form its URL takes, and scores the others in one request', async () => {
    const collected = makeMention({ url: 'https://www.reddit.com/r/acme/comments/abc123/slug/', moment: 'LZMOT', stage: 'experience', customerId: 'cust-1' });
    await sync(collected);
    const { badges } = await sendToBackground('badges:lookup', {
      posts: [
        post({ key: 'a', url: 'https://old.reddit.com/r/acme/comments/abc123/?utm_source=share' }),
        post({ key: 'b', url: 'https://www.reddit.com/r/acme/comments/zzz999/', text: 'Awful router, never again' }),
        post({ key: 'c', text: 'Great support today' }),
      ],
    });
    expect(badges).toEqual([
      { key: 'a', state: 'ready', source: 'collected', sentiment: 'negative', score: -0.7, moment: 'LZMOT', stage: 'experience', mentionId: collected.id, triageStatus: 'new', priority: 50, customerId: 'cust-1' },
      { key: 'b', state: 'ready', source: 'analyzed', sentiment: 'negative', score: -0.7, moment: 'LZMOT', stage: 'experience' },
      { key: 'c', state: 'ready', source: 'analyzed', sentiment: 'positive', score: 0.7, moment: 'TMOT', stage: 'loyalty' },
    ]);
    expect(collector.requests.filter((r) => r.path === '/api/analyze')).toHaveLength(1);
  });

  it('marks the author of an uncollected post as a known customer when a collected mention of theirs is linked', async () => {
    await sync(makeMention({ author: { handle: 'marta_rz' }, customerId: 'cust-marta' }));
    const { badges } = await sendToBackground('badges:lookup', { posts: [post({ key: 'm', author: { handle: 'Marta_RZ' }, text: 'bad again' })] });
    expect(badges[0]).toMatchObject({ source: 'analyzed', customerId: 'cust-marta' });
  });

  it('says why a badge cannot be filled: not configured, or the collector unreachable', async () => {
    collector.offline = true;
    expect((await sendToBackground('badges:lookup', { posts: [post({ text: 'bad' })] })).badges[0]).toMatchObject({ state: 'unavailable', detail: expect.stringMatching(/unreachable/) });
    await settingsItem.setValue({ ...(await settingsItem.getValue()), token: '' });
    expect((await sendToBackground('badges:lookup', { posts: [post({ text: 'bad' })] })).badges[0]).toEqual({ key: 'p', state: 'unavailable', detail: 'the collector is not configured' });
  });
});
