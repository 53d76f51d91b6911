// Background service worker: keeps Dexie in sync with the collector and answers the UI's messages.
import { defineBackground } from '#imports';
import { createMessageHandlers } from '../background/message-handlers.ts';
import { listenForMessages } from '../background/message-listener.ts';
import { registerSyncTriggers } from '../background/sync-triggers.ts';
import { watchJourneyFreshness } from '../features/crm-overlay/background/journey-freshness.ts';
import { createJourneyService } from '../features/crm-overlay/background/journey-service.ts';
import { registerGrantedSites } from '../features/site-access/granted-sites.ts';
import { registerToolbarCount } from '../features/inbox/background/toolbar-count.ts';
import { registerTriageClockRefresh } from '../features/inbox/background/triage-clock-refresh.ts';
import { createNotifier, listenForNotificationClicks } from '../features/notifications/notifier.ts';
import { createSyncEngine } from '../sync/sync-engine.ts';

export default defineBackground(() => {
  const notifier = createNotifier();
  const engine = createSyncEngine({ onNewMentions: (m) => void notifier.onNewMentions(m), onAlert: (a) => void notifier.onAlert(a) });
  listenForNotificationClicks();
  const journeys = createJourneyService();
  listenForMessages(createMessageHandlers(engine, undefined, journeys));
  registerSyncTriggers(engine);
  watchJourneyFreshness(journeys);
  registerGrantedSites();
  registerToolbarCount();
  registerTriageClockRefresh();
  engine.ensureRunning();
});
