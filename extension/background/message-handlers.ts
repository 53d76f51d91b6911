// The background's answers to every message in the map (extension/messages.ts): each feature's handlers,
// kept beside the feature, joined here.
import { createTriageHandlers } from '../features/badges/background/triage-handlers.ts';
import { createCustomerHandlers } from '../features/crm-overlay/background/customer-handlers.ts';
import { createJourneyService, type JourneyService } from '../features/crm-overlay/background/journey-service.ts';
import type { MessageHandlers } from '../messages.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';
import { createSyncHandlers } from '../sync/sync-handlers.ts';
import { createNoiseHandlers } from '../features/noise/noise-handlers.ts';
import { createTeamHandlers } from './team-handlers.ts';

export function createMessageHandlers(
  engine: SyncEngine,
  fetchImpl?: typeof fetch,
  journeys: JourneyService = createJourneyService(fetchImpl ? { fetchImpl } : {}),
): MessageHandlers {
  return {
    ...createCustomerHandlers(journeys, engine),
    ...createTriageHandlers(engine, fetchImpl ? { fetchImpl } : {}),
    ...createSyncHandlers(engine, fetchImpl),
    ...createNoiseHandlers(fetchImpl ? { fetchImpl } : {}),
    ...createTeamHandlers(engine, fetchImpl ? { fetchImpl } : {}),
  };
}
