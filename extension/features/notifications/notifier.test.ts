import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../db/vigia-db.ts';
import { DEFAULT_SETTINGS } from '../../settings/settings.ts';
import { createSyncEngine, type SyncEngine } from '../../sync/sync-engine.ts';
import { FakeCollector } from '../../sync/testing/fake-collector.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { notificationSettingsItem } from './notification-settings.ts';
import { createNotifier, type NotificationsApi } from './notifier.ts';

const now = () => Date.parse('2026-11-02T12:00:00Z');
const urgent = (overrides: Parameters<typeof makeMention>[0] = {}) => makeMention({ priority: 90, publishedAt: '2026-11-02T11:00:00.000Z', ...overrides });

function recorder() {
  const shown: { id: string; title: string; message: string }[] = [];
  const api: NotificationsApi = {
    create: async (id, options) => {
      shown.push({ id, title: options.title, message: options.message });
      return id;
    },
  };
  return { shown, api };
}

let engine: SyncEngine | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

afterEach(async () => {
  await engine?.stop();
  engine = undefined;
});

describe('notifier', () => {
  it('notifies each urgent negative mention once, even from a restarted worker or through its alert', async () => {
    const { shown, api } = recorder();
    const [a, b] = [urgent(), urgent()];
    expect(await createNotifier(api, now).onNewMentions([a, b, urgent({ priority: 10 })])).toEqual([`mention:${a.id}`, `mention:${b.id}`]);
    const restarted = createNotifier(api, now);
    expect(await restarted.onNewMentions([a])).toEqual([]);
    expect(await restarted.onAlert({ id: `mention:${a.id}`, kind: 'mention', raisedAt: 'x', priority: 90, summary: 's', mention: { id: a.id, platform: 'reddit', text: 'bad', priority: 90 } })).toEqual([]);
    expect(shown).toHaveLength(2);
  });

  it('raises at most three from one batch, most urgent first, and follows the thresholds in options', async () => {
    const { shown, api } = recorder();
    const batch = [80, 95, 85, 99, 90].map((priority) => urgent({ priority }));
    await createNotifier(api, now).onNewMentions(batch);
    expect(shown.map((s) => s.title)).toEqual(['Negative mention on reddit (priority 99)', 'Negative mention on reddit (priority 95)', 'Negative mention on reddit (priority 90)']);
    await notificationSettingsItem.setValue({ mentions: true, minPriority: 96, spikes: false });
    expect(await createNotifier(api, now).onNewMentions([urgent({ priority: 95 })])).toEqual([]);
    expect(await createNotifier(api, now).onAlert({ id: 'spike:Acme:2026-11-02T11:00:00.000Z', kind: 'spike', raisedAt: 'x', priority: 100, summary: 's', spike: { hourStart: 'x', count: 9, baseline: 2, threshold: 6 } })).toEqual([]);
  });

  it('ignores what is not an alert', async () => {
    const { shown, api } = recorder();
    expect(await createNotifier(api, now).onAlert({ kind: 'party' })).toEqual([]);
    expect(await createNotifier(api, now).onAlert('nope')).toEqual([]);
    expect(shown).toEqual([]);
  });
});

describe('sync engine → notifications', () => {
  it('passes live mentions new to this browser and alerts, but not the first sync’s backlog', async () => {
    const collector = new FakeCollector();
    collector.add(urgent(), urgent());
    const fresh: string[][] = [];
    const alerts: unknown[] = [];
    engine = createSyncEngine({
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, collectorUrl: collector.url, token: collector.token }),
      fetchImpl: collector.fetch,
      onNewMentions: (mentions) => fresh.push(mentions.map((m) => m.id)),
      onAlert: (alert) => alerts.push(alert),
    });
    engine.ensureRunning();
    await vi.waitFor(() => expect(collector.openStreams).toBe(1));
    expect(fresh).toEqual([]);

    const live = urgent();
    collector.add(live);
    // A triage change of a stored mention is not news.
    collector.add({ ...live, triage: { status: 'responded', updatedAt: '2026-11-02T12:30:00.000Z' } });
    collector.alert({ id: 'spike:Acme:2026-11-02T11:00:00.000Z', kind: 'spike' });
    await vi.waitFor(() => expect(alerts).toHaveLength(1));
    await vi.waitFor(async () => expect((await db.mentions.get(live.id))?.triageStatus).toBe('responded'));
    expect(fresh).toEqual([[live.id]]);
  });
});
