// State and actions of the popup (signals): the live list, the filter, triage edits in flight.
import { computed, effect, signal } from '@preact/signals';
import type { TriageStatus } from '../../../shared/mention.ts';
import { translatorFor, type Translator } from '../../i18n/dictionary.ts';
import type { MentionSummary } from '../../mention-summary.ts';
import { sendToBackground } from '../../messages.ts';
import { isConfigured, settingsItem } from '../../settings/settings.ts';
import { syncStatusItem, type SyncStatus } from '../../sync/sync-status.ts';
import { watchUiLanguage } from '../../ui/ui-language.ts';
import { observeRecentMentions } from './recent-mentions.ts';

/** A triage request's state for one mention. */
export type TriageRequestState = { busy: true } | { busy: false; error?: string; detail?: string };

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel() {
  const { language, dispose: disposeLanguage } = watchUiLanguage();
  const t = computed<Translator>(() => translatorFor(language.value));
  const negativeOnly = signal(false);
  const mentions = signal<MentionSummary[] | undefined>(undefined);
  const configured = signal(true);
  const syncStatus = signal<SyncStatus | undefined>(undefined);
  const triage = signal<Record<string, TriageRequestState>>({});
  const now = signal(Date.now());

  const disposeQuery = effect(() => {
    const subscription = observeRecentMentions(negativeOnly.value).subscribe({
      next: (list) => (mentions.value = list),
      error: (error: unknown) => (syncStatus.value = { state: 'error', detail: String(error), since: new Date().toISOString() }),
    });
    return () => subscription.unsubscribe();
  });
  void settingsItem.getValue().then((s) => (configured.value = isConfigured(s)));
  void sendToBackground('sync:status', {}).then((s) => (syncStatus.value = s)).catch(() => undefined);
  const unwatchStatus = syncStatusItem.watch((s) => (syncStatus.value = s));
  const tick = setInterval(() => (now.value = Date.now()), 30_000);

  return {
    t,
    language,
    negativeOnly,
    mentions,
    configured,
    syncStatus,
    triage,
    now,
    async setTriage(mentionId: string, status: TriageStatus): Promise<void> {
      triage.value = { ...triage.value, [mentionId]: { busy: true } };
      try {
        const outcome = await sendToBackground('triage:set', { mentionId, status });
        const state: TriageRequestState = outcome.detail === undefined ? { busy: false } : { busy: false, detail: outcome.detail };
        triage.value = { ...triage.value, [mentionId]: state };
      } catch (error) {
        triage.value = { ...triage.value, [mentionId]: { busy: false, error: error instanceof Error ? error.message : String(error) } };
      }
    },
    dispose(): void {
      disposeQuery();
      disposeLanguage();
      unwatchStatus();
      clearInterval(tick);
    },
  };
}
