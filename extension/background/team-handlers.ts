// The background's answers for the team panel and the badge menu: queue a note, tag or sentiment edit and
// try to send it at once, read a mention's history from the collector, dismiss a refused edit.
import type { MessageHandlers } from '../messages.ts';
import { db } from '../db/vigia-db.ts';
import { isConfigured, settingsItem, type VigiaSettings } from '../settings/settings.ts';
import { createCollectorClient } from '../sync/collector-client.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';
import { dismissTeamEdit, enqueueTeamEdit, flushTeamQueue } from '../sync/team-queue.ts';

type TeamHandlerNames = 'team:edit' | 'team:history' | 'team:dismiss';

export function createTeamHandlers(engine: SyncEngine, options: { loadSettings?: () => Promise<VigiaSettings>; fetchImpl?: typeof fetch } = {}): Pick<MessageHandlers, TeamHandlerNames> {
  const { loadSettings = () => settingsItem.getValue(), fetchImpl } = options;
  return {
    'team:edit': async ({ mentionId, edit }) => {
      await enqueueTeamEdit(mentionId, edit);
      engine.ensureRunning();
      const settings = await loadSettings();
      if (!isConfigured(settings)) return { delivered: false, detail: 'the collector is not configured' };
      const report = await flushTeamQueue(createCollectorClient(settings, fetchImpl));
      const refused = report.refused.find((r) => r.mentionId === mentionId);
      if (refused) return { delivered: false, refused: refused.error };
      const left = await db.teamQueue.where('mentionId').equals(mentionId).filter((e) => !e.refused).count();
      return left === 0 ? { delivered: true } : { delivered: false, detail: report.stoppedBy ?? 'waiting for the collector' };
    },
    'team:history': async ({ mentionId }) => {
      const settings = await loadSettings();
      if (!isConfigured(settings)) throw new Error('the collector is not configured');
      return { items: await createCollectorClient(settings, fetchImpl).history(mentionId) };
    },
    'team:dismiss': async ({ seq }) => {
      await dismissTeamEdit(seq);
      return {};
    },
  };
}
