// The background's answers about the sync itself: restart it with saved settings, test a collector
// without saving it, and report its status.
import type { MessageHandlers } from '../messages.ts';
import { testConnection } from './connection-test.ts';
import type { SyncEngine } from './sync-engine.ts';
import { syncStatusItem } from './sync-status.ts';

type SyncHandlerNames = 'settings:saved' | 'connection:test' | 'sync:status';

export function createSyncHandlers(engine: SyncEngine, fetchImpl?: typeof fetch): Pick<MessageHandlers, SyncHandlerNames> {
  return {
    'settings:saved': async () => {
      await engine.restart();
      return { running: engine.running };
    },
    'connection:test': (target) => testConnection(target, fetchImpl),
    'sync:status': async () => {
      engine.ensureRunning();
      return syncStatusItem.getValue();
    },
  };
}
