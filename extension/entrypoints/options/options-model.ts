// State and actions of the options page (signals); the component only renders them.
import { computed, signal } from '@preact/signals';
import { browserSiteAccess } from '../../features/site-access/site-access.ts';
import { createSiteAccessModel } from '../../features/site-access/site-access-model.ts';
import { notificationSettingsItem, toMinPriority } from '../../features/notifications/notification-settings.ts';
import { translatorFor, type Translator } from '../../i18n/dictionary.ts';
import { browserLanguage, resolveUiLanguage, type UiLanguagePreference } from '../../i18n/language.ts';
import { sendToBackground } from '../../messages.ts';
import { CollectorUrlError, normalizeCollectorUrl, settingsItem } from '../../settings/settings.ts';
import type { ConnectionReport } from '../../sync/connection-test.ts';

/** The line under the form: what the last action did. */
export interface OptionsNotice {
  tone: 'ok' | 'error' | 'busy';
  text: string;
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;

export function createOptionsModel() {
  const collectorUrl = signal('');
  const token = signal('');
  const assignee = signal('');
  const uiLanguage = signal<UiLanguagePreference>('auto');
  const notice = signal<OptionsNotice | undefined>(undefined);
  const loaded = signal(false);
  const notifyMentions = signal(true);
  const minPriority = signal('80');
  const notifySpikes = signal(true);
  // Extra sites granted at run time (optional host permissions): the CRM overlay's site access controls.
  const siteAccess = createSiteAccessModel(browserSiteAccess);
  const t = computed<Translator>(() => translatorFor(resolveUiLanguage(uiLanguage.value, browserLanguage())));

  void settingsItem.getValue().then((s) => {
    collectorUrl.value = s.collectorUrl;
    token.value = s.token;
    assignee.value = s.assignee;
    uiLanguage.value = s.uiLanguage;
    loaded.value = true;
  });
  void notificationSettingsItem.getValue().then((n) => {
    notifyMentions.value = n.mentions;
    minPriority.value = String(n.minPriority);
    notifySpikes.value = n.spikes;
  });
  void siteAccess.reload().catch(() => undefined);

  /** The typed URL, normalised, or undefined after showing why it is wrong. */
  function validUrl(): string | undefined {
    // An empty field is not a malformed URL: say what to type, not what is wrong with nothing.
    if (!collectorUrl.value.trim()) {
      notice.value = { tone: 'error', text: t.value('options.missingUrl') };
      return undefined;
    }
    try {
      return normalizeCollectorUrl(collectorUrl.value);
    } catch (error) {
      if (!(error instanceof CollectorUrlError)) throw error;
      notice.value = { tone: 'error', text: t.value('options.badUrl') };
      return undefined;
    }
  }

  function describe(report: ConnectionReport, url: string): OptionsNotice {
    const tr = t.value;
    switch (report.kind) {
      case 'ok':
        return { tone: 'ok', text: tr('connection.ok', { version: report.version ?? '?', count: report.mentions ?? '?' }) };
      case 'unauthorized':
        return { tone: 'error', text: tr('connection.unauthorized') };
      case 'unreachable':
        return { tone: 'error', text: tr('connection.unreachable', { url }) };
      case 'error':
        return { tone: 'error', text: tr('connection.error', { detail: report.detail }) };
    }
  }

  return {
    collectorUrl,
    token,
    assignee,
    uiLanguage,
    notice,
    loaded,
    t,
    notifyMentions,
    minPriority,
    notifySpikes,
    siteAccess,
    async save(): Promise<void> {
      const url = validUrl();
      if (url === undefined) return;
      collectorUrl.value = url;
      await settingsItem.setValue({ collectorUrl: url, token: token.value.trim(), assignee: assignee.value.trim(), uiLanguage: uiLanguage.value });
      const priority = toMinPriority(minPriority.value);
      minPriority.value = String(priority);
      await notificationSettingsItem.setValue({ mentions: notifyMentions.value, minPriority: priority, spikes: notifySpikes.value });
      notice.value = { tone: 'ok', text: t.value('options.saved') };
      try {
        await sendToBackground('settings:saved', {});
      } catch (error) {
        notice.value = { tone: 'error', text: t.value('sync.error', { detail: error instanceof Error ? error.message : String(error) }) };
      }
    },
    async testConnection(): Promise<void> {
      const url = validUrl();
      if (url === undefined) return;
      notice.value = { tone: 'busy', text: t.value('options.testing') };
      try {
        const report = await sendToBackground('connection:test', { collectorUrl: url, token: token.value.trim() });
        notice.value = describe(report, url);
      } catch (error) {
        notice.value = { tone: 'error', text: t.value('connection.error', { detail: error instanceof Error ? error.message : String(error) }) };
      }
    },
  };
}
