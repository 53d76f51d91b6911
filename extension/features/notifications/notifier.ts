// The background's notifications: new high-priority negative mentions and the collector's alerts become
// browser notifications (each once, whichever way it arrived), and a click opens the inbox on it.
import { browser, storage } from '#imports';
import type { Mention } from '../../../shared/mention.ts';
import { translatorFor } from '../../i18n/dictionary.ts';
import { browserLanguage, resolveUiLanguage } from '../../i18n/language.ts';
import { settingsItem } from '../../settings/settings.ts';
import { INBOX_PATH, toInboxHash, type InboxTarget } from '../inbox/inbox-link.ts';
import { alertEventSchema } from './alert-event.ts';
import { alertNotification, mentionNotification, notificationTarget, type NotificationSpec } from './notification-rules.ts';
import { notificationSettingsItem } from './notification-settings.ts';

/** How many ids are remembered to never notify twice (across worker restarts). @default 500 */
export const REMEMBERED_NOTIFICATIONS = 500;
/** Most notifications one batch of mentions raises; a catch-up after a long sleep does not flood the screen. @default 3 */
export const NOTIFICATIONS_PER_BATCH = 3;

const notifiedItem = storage.defineItem<string[]>('local:notifiedIds', { fallback: [] });

/** The part of the notifications API used (a seam for tests). */
export interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string; priority?: number }): Promise<string>;
}

async function translator() {
  const settings = await settingsItem.getValue();
  return translatorFor(resolveUiLanguage(settings.uiLanguage, browserLanguage()));
}

/** Shows each spec not shown before; returns the ids shown. */
async function show(specs: NotificationSpec[], api: NotificationsApi): Promise<string[]> {
  if (specs.length === 0) return [];
  const notified = await notifiedItem.getValue();
  const fresh = specs.filter((spec, i) => !notified.includes(spec.id) && specs.findIndex((s) => s.id === spec.id) === i).slice(0, NOTIFICATIONS_PER_BATCH);
  if (fresh.length === 0) return [];
  await notifiedItem.setValue([...notified, ...fresh.map((s) => s.id)].slice(-REMEMBERED_NOTIFICATIONS));
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  for (const spec of fresh) await api.create(spec.id, { type: 'basic', iconUrl, title: spec.title, message: spec.message, priority: 2 });
  return fresh.map((s) => s.id);
}

export function createNotifier(api: NotificationsApi = browser.notifications as unknown as NotificationsApi, now: () => number = Date.now) {
  return {
    /** New mentions from the sync (see SyncEngineOptions.onNewMentions). */
    async onNewMentions(mentions: Mention[]): Promise<string[]> {
      const [settings, t] = await Promise.all([notificationSettingsItem.getValue(), translator()]);
      const specs = mentions
        .sort((a, b) => b.priority - a.priority)
        .flatMap((m) => mentionNotification(m, settings, now(), t) ?? []);
      return show(specs, api);
    },
    /** An alert from the stream; anything that is not a valid alert is ignored. */
    async onAlert(raw: unknown): Promise<string[]> {
      const parsed = alertEventSchema.safeParse(raw);
      if (!parsed.success) return [];
      const [settings, t] = await Promise.all([notificationSettingsItem.getValue(), translator()]);
      const spec = alertNotification(parsed.data, settings, t);
      return spec ? show([spec], api) : [];
    },
  };
}

/** The inbox URL a notification opens. */
export const inboxUrlFor = (target: InboxTarget): string => `${browser.runtime.getURL(INBOX_PATH)}${toInboxHash(target)}`;

/** Clicking a notification opens the inbox on its mention (or the spike's negative mentions) and closes it. */
export function listenForNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    const target = notificationTarget(id);
    if (!target) return;
    void browser.tabs.create({ url: inboxUrlFor(target) });
    void browser.notifications.clear(id);
  });
}
