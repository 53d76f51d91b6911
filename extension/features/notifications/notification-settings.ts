// When the extension raises a browser notification: the thresholds the user sets on the options page.
import { storage } from '#imports';

/** What is worth interrupting the user for. */
export interface NotificationSettings {
  /** Notify new negative mentions at or above `minPriority`. @default true */
  mentions: boolean;
  /** 0–100: the lowest priority notified. @default 80 */
  minPriority: number;
  /** Notify the collector's negative-spike alerts. @default true */
  spikes: boolean;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = { mentions: true, minPriority: 80, spikes: true };

export const notificationSettingsItem = storage.defineItem<NotificationSettings>('local:notificationSettings', {
  version: 1,
  fallback: DEFAULT_NOTIFICATION_SETTINGS,
});

/** A priority typed by the user, clamped to 0–100; the default when it is not a number. */
export function toMinPriority(raw: string | number): number {
  const value = typeof raw === 'number' ? raw : Number(raw.trim());
  if (raw === '' || !Number.isFinite(value)) return DEFAULT_NOTIFICATION_SETTINGS.minPriority;
  return Math.min(100, Math.max(0, Math.round(value)));
}
