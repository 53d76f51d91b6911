// Background: asks the collector for its response clock (GET /api/settings) when the settings change, and
// when the worker wakes or the sync alarm rings if the stored one is over 15 minutes old; what it last heard
// stays stored.
import { browser } from '#imports';
import { isConfigured, settingsItem, type VigiaSettings } from '../../../settings/settings.ts';
import { createCollectorClient } from '../../../sync/collector-client.ts';
import { SYNC_ALARM } from '../../../background/sync-triggers.ts';
import { triageClockItem } from '../triage-clock.ts';

/** How stale the stored clock may get before the alarm refreshes it. @default 15 min */
export const CLOCK_REFRESH_MS = 15 * 60_000;

/** Fetches and stores the clock; a refusal or an outage keeps the last one (the sync line says why). */
export async function refreshTriageClock(settings: VigiaSettings, fetchImpl?: typeof fetch): Promise<boolean> {
  if (!isConfigured(settings)) return false;
  try {
    const answer = await createCollectorClient(settings, fetchImpl).settings();
    await triageClockItem.setValue({ clock: answer.triage, fetchedAt: new Date().toISOString() });
    return true;
  } catch {
    return false;
  }
}

async function refreshWhenStale(): Promise<void> {
  const stored = await triageClockItem.getValue();
  const age = stored.fetchedAt ? Date.now() - Date.parse(stored.fetchedAt) : Number.POSITIVE_INFINITY;
  if (age >= CLOCK_REFRESH_MS) await refreshTriageClock(await settingsItem.getValue());
}

/** Registers the listeners on the worker's first turn. */
export function registerTriageClockRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void refreshWhenStale();
  });
  settingsItem.watch((settings) => void refreshTriageClock(settings));
  void refreshWhenStale();
}
