import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandlers } from '../../background/message-handlers.ts';
import { listenForMessages } from '../../background/message-listener.ts';
import { db } from '../../db/vigia-db.ts';
import { DEFAULT_SETTINGS, settingsItem } from '../../settings/settings.ts';
import { pullChangeFeed } from '../../sync/change-feed.ts';
import { createCollectorClient } from '../../sync/collector-client.ts';
import { createSyncEngine, type SyncEngine } from '../../sync/sync-engine.ts';
import { FakeCollector } from '../../sync/testing/fake-collector.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import type { KeyPress } from './inbox-keys.ts';
import { createInboxModel, type InboxModel } from './inbox-model.ts';

let collector: FakeCollector;
let engine: SyncEngine;
let model: InboxModel | undefined;

const key = (k: string): KeyPress => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: document.body });
const ids = () => model!.visible.value.map((i) => i.id);

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  collector = new FakeCollector();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, collectorUrl: collector.url, token: collector.token, assignee: 'Ana' });
  engine = createSyncEngine({ fetchImpl: collector.fetch });
  listenForMessages(createMessageHandlers(engine, collector.fetch));
});

afterEach(async () => {
  model?.dispose();
  model = undefined;
  await engine.stop();
});

async function seed(...mentions: ReturnType<typeof makeMention>[]) {
  collector.add(...mentions);
  await pullChangeFeed(createCollectorClient({ collectorUrl: collector.url, token: collector.token }, collector.fetch), collector.url);
}

describe('inbox model', () => {
  it('lists by priority, selects the first, and triages the selection from the keyboard', async () => {
    const [low, top, mid] = [makeMention({ priority: 10 }), makeMention({ priority: 90 }), makeMention({ priority: 50 })];
    await seed(low, top, mid);
    model = createInboxModel();
    await vi.waitFor(() => expect(ids()).toEqual([top.id, mid.id, low.id]));
    expect(model.selectedId.value).toBe(top.id);
    expect(model.handleKey(key('j'))).toBe(true);
    expect(model.selectedId.value).toBe(mid.id);
    await vi.waitFor(() => expect(model!.me.value).toBe('Ana'));
    model.handleKey(key('a'));
    await vi.waitFor(() => expect(collector.mention(mid.id)?.triage.assignee).toBe('Ana'));
    model.handleKey(key('r'));
    await vi.waitFor(() => expect(collector.mention(mid.id)?.triage.status).toBe('responded'));
    await vi.waitFor(() => expect(model!.counts.value).toMatchObject({ new: 2, responded: 1 }));
    expect(model.handleKey(key('q'))).toBe(false);
  });

  it('keeps a selection in place when the selected item leaves the filtered list', async () => {
    const [a, b, c] = [makeMention({ priority: 90 }), makeMention({ priority: 80 }), makeMention({ priority: 70 })];
    await seed(a, b, c);
    model = createInboxModel({ mentionId: b.id });
    model.setFilters({ status: 'new' });
    await vi.waitFor(() => expect(ids()).toEqual([a.id, b.id, c.id]));
    expect(model.selectedId.value).toBe(b.id);
    await model.setStatus('resolved');
    await vi.waitFor(() => expect(ids()).toEqual([a.id, c.id]));
    expect(model.selectedId.value).toBe(c.id);
  });

  it('acts on ticked items in bulk, and says when edits wait for the collector', async () => {
    const [a, b, c] = [makeMention({ priority: 90 }), makeMention({ priority: 80 }), makeMention({ priority: 70 })];
    await seed(a, b, c);
    model = createInboxModel();
    await vi.waitFor(() => expect(ids()).toHaveLength(3));
    model.handleKey(key('x'));
    model.handleKey(key('j'));
    model.handleKey(key('j'));
    model.handleKey(key('x'));
    expect([...model.checked.value]).toEqual([a.id, c.id]);
    collector.offline = true;
    await model.setStatus('ignored');
    expect(model.notice.value).toMatchObject({ tone: 'waiting', text: expect.stringMatching(/^2 waiting to reach the collector/) });
    expect(model.checked.value.size).toBe(0);
    await vi.waitFor(() => expect(model!.visible.value.filter((i) => i.pending).map((i) => i.id)).toEqual([a.id, c.id]));
    expect(collector.mention(a.id)?.triage.status).toBe('new');
  });

  it('asks for a name before assigning to "me"', async () => {
    await seed(makeMention());
    await settingsItem.setValue({ ...(await settingsItem.getValue()), assignee: '' });
    model = createInboxModel();
    await vi.waitFor(() => expect(ids()).toHaveLength(1));
    await model.assignToMe();
    expect(model.notice.value?.text).toMatch(/Set your name/);
    expect(collector.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });
});
