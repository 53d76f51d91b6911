// Background service worker: keeps Dexie in sync with the collector and answers the UI's messages.
import { defineBackground } from '#imports';
import { createMessageHandlers } from '../background/message-handlers.ts';
import { listenForMessages } from '../background/message-listener.ts';
import { registerSyncTriggers } from '../background/sync-triggers.ts';
import { createSyncEngine } from '../sync/sync-engine.ts';

export default defineBackground(() => {
  const engine = createSyncEngine();
  listenForMessages(createMessageHandlers(engine));
  registerSyncTriggers(engine);
  engine.ensureRunning();
});
