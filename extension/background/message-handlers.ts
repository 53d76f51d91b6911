// The background's answers to every message in the map (extension/messages.ts).
import { createCustomerHandlers } from '../features/crm-overlay/background/customer-handlers.ts';
import { createJourneyService, type JourneyService } from '../features/crm-overlay/background/journey-service.ts';
import { findPersonMentions } from '../features/crm-overlay/person-mentions.ts';
import { db } from '../db/vigia-db.ts';
import type { MessageHandlers } from '../messages.ts';
import { testConnection } from '../sync/connection-test.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';
import { syncStatusItem } from '../sync/sync-status.ts';
import { enqueueTriageEdit, TriageEditError } from '../sync/triage-queue.ts';
import { createTriageHandlers } from './triage-handlers.ts';
import { createTeamHandlers } from './team-handlers.ts';

export function createMessageHandlers(
  engine: SyncEngine,
  fetchImpl?: typeof fetch,
  journeys: JourneyService = createJourneyService(fetchImpl ? { fetchImpl } : {}),
): MessageHandlers {
  return {
    ...createCustomerHandlers(journeys, engine),
    ...createTriageHandlers(engine, fetchImpl ? { fetchImpl } : {}),
    ...createTeamHandlers(engine, fetchImpl ? { fetchImpl } : {}),
    'settings:saved': async () => {
      await engine.restart();
      return { running: engine.running };
    },
    'connection:test': (target) => testConnection(target, fetchImpl),
    'triage:set': async ({ mentionId, status }) => {
      await enqueueTriageEdit({ mentionId, status });
      const report = await engine.flushTriage();
      const dropped = report?.dropped.find((d) => d.mentionId === mentionId);
      if (dropped) throw new TriageEditError(dropped.error);
      const waiting = await db.triageQueue.where('mentionId').equals(mentionId).count();
      if (waiting === 0) return { delivered: true };
      return { delivered: false, detail: report?.stoppedBy ?? 'the collector is not configured' };
    },
    'mentions:of-person': async (person) => {
      engine.ensureRunning();
      return { mentions: await findPersonMentions(person) };
    },
    'sync:status': async () => {
      engine.ensureRunning();
      return syncStatusItem.getValue();
    },
  };
}
