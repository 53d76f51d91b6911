// Everything that (re)starts the sync after the service worker was stopped: browser start-up, install or
// update, and a one-minute alarm. (Saved settings restart it through the `settings:saved` message.)
import { browser } from '#imports';
import type { SyncEngine } from '../sync/sync-engine.ts';

export const SYNC_ALARM = 'vigia-sync';

/** Registers the listeners synchronously (MV3 only wakes workers for listeners added on the first turn). */
export function registerSyncTriggers(engine: SyncEngine): void {
  const wake = (): void => {
    engine.ensureRunning();
    void engine.flushTriage().catch(() => undefined);
  };
  browser.runtime.onStartup.addListener(wake);
  browser.runtime.onInstalled.addListener(wake);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) wake();
  });
  void ensureAlarm();
}

/** Creates the alarm once; re-creating it on every wake-up would keep pushing it back. */
async function ensureAlarm(): Promise<void> {
  if (!(await browser.alarms.get(SYNC_ALARM))) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
}
