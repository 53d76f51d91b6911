// State and actions of the triage inbox (signals), shared by the popup and the full-page inbox: the live
// list sorted by priority, filters, counts, the selected and ticked items, keyboard commands, triage edits.
import { computed, effect, signal } from '@preact/signals';
import type { TriageStatus } from '../../../shared/mention.ts';
import { translatorFor, type Translator } from '../../i18n/dictionary.ts';
import { sendToBackground, type TriageBatchOutcome } from '../../messages.ts';
import { isConfigured, settingsItem } from '../../settings/settings.ts';
import type { TriageEdit } from '../../sync/triage-queue.ts';
import { syncStatusItem, type SyncStatus } from '../../sync/sync-status.ts';
import { watchUiLanguage } from '../../ui/ui-language.ts';
import { countByStatus, facetsOf, matchesFilters, type InboxFilters } from './inbox-filters.ts';
import type { InboxItem } from './inbox-item.ts';
import { createFindModel } from './find-model.ts';
import { commandForKey, type InboxCommand, type KeyPress } from './inbox-keys.ts';
import type { InboxTarget } from './inbox-link.ts';
import { observeInbox } from './inbox-query.ts';

/** The line above the list: what the last action did. */
export interface InboxNotice {
  tone: 'ok' | 'waiting' | 'error';
  text: string;
}

export type InboxModel = ReturnType<typeof createInboxModel>;

export function createInboxModel(target: InboxTarget = {}) {
  const { language, dispose: disposeLanguage } = watchUiLanguage();
  const t = computed<Translator>(() => translatorFor(language.value));
  const items = signal<InboxItem[] | undefined>(undefined);
  const filters = signal<InboxFilters>({ ...(target.negativeOnly ? { sentiment: 'negative' as const } : {}), ...(target.brand ? { brand: target.brand } : {}), ...(target.aspect ? { aspect: target.aspect } : {}), ...(target.from && target.to ? { range: { from: target.from, to: target.to } } : {}), ...(target.competitor ? { competitor: target.competitor } : {}) });
  const me = signal('');
  const configured = signal(true);
  const selectedId = signal<string | undefined>(target.mentionId);
  const checked = signal<ReadonlySet<string>>(new Set());
  const notice = signal<InboxNotice | undefined>(undefined);
  const syncStatus = signal<SyncStatus | undefined>(undefined);
  const now = signal(Date.now());

  // Search, order, saved views and seen marks (find-model.ts); the status counts are taken under the search.
  const find = createFindModel({ items, filters, me, now, t, language, tell: (tone, text) => (notice.value = { tone, text }) });
  const visible = computed(() => find.arrange(find.matching.value.filter((i) => matchesFilters(i, filters.value, me.value))));
  const counts = computed(() => countByStatus(find.matching.value, filters.value, me.value));
  const facets = computed(() => facetsOf(items.value ?? []));
  const selected = computed(() => visible.value.find((i) => i.id === selectedId.value));

  let lastIndex = 0;
  // Keep a selection: when the selected item leaves the list (its status is filtered out), take its place's.
  const disposeSelection = effect(() => {
    const list = visible.value;
    const index = list.findIndex((i) => i.id === selectedId.value);
    if (index >= 0) lastIndex = index;
    else if (list.length > 0 && items.value !== undefined) selectedId.value = list[Math.min(lastIndex, list.length - 1)]?.id;
  });

  const subscription = observeInbox(target.mentionId).subscribe({
    next: (list) => (items.value = list),
    error: (error: unknown) => (notice.value = { tone: 'error', text: String(error) }),
  });
  const applySettings = (s: { assignee: string; collectorUrl: string; token: string }): void => {
    me.value = s.assignee;
    configured.value = isConfigured(s as Parameters<typeof isConfigured>[0]);
  };
  void settingsItem.getValue().then(applySettings);
  const unwatchSettings = settingsItem.watch(applySettings);
  void sendToBackground('sync:status', {}).then((s) => (syncStatus.value = s)).catch(() => undefined);
  const unwatchStatus = syncStatusItem.watch((s) => (syncStatus.value = s));
  const tick = setInterval(() => (now.value = Date.now()), 30_000);

  /** The ticked items, else the selected one. */
  function targets(ids?: string[]): string[] {
    if (ids) return ids;
    if (checked.value.size > 0) return [...checked.value];
    return selectedId.value ? [selectedId.value] : [];
  }

  function report(outcome: TriageBatchOutcome): void {
    const tr = t.value;
    if (outcome.dropped.length > 0) notice.value = { tone: 'error', text: tr('triage.failed', { detail: outcome.dropped.map((d) => d.error).join('; ') }) };
    else if (outcome.waiting.length > 0) notice.value = { tone: 'waiting', text: tr('inbox.waiting', { count: outcome.waiting.length, detail: outcome.detail ?? '' }) };
    else notice.value = { tone: 'ok', text: tr('inbox.saved', { count: outcome.delivered.length }) };
  }

  async function edit(edits: TriageEdit[]): Promise<void> {
    if (edits.length === 0) return;
    try {
      report(await sendToBackground('triage:edit', { edits }));
      checked.value = new Set();
    } catch (error) {
      notice.value = { tone: 'error', text: t.value('triage.failed', { detail: error instanceof Error ? error.message : String(error) }) };
    }
  }

  const model = {
    find,
    t,
    language,
    items,
    visible,
    counts,
    facets,
    filters,
    me,
    configured,
    selectedId,
    selected,
    checked,
    notice,
    syncStatus,
    now,
    setFilters(patch: Partial<InboxFilters>): void {
      const next: InboxFilters = { ...filters.value, ...patch };
      for (const key of Object.keys(next) as (keyof InboxFilters)[]) if (next[key] === undefined) delete next[key];
      filters.value = next;
    },
    select(id: string): void {
      selectedId.value = id;
      find.markSeen([id]);
    },
    move(by: 1 | -1): void {
      const list = visible.value;
      if (list.length === 0) return;
      const index = list.findIndex((i) => i.id === selectedId.value);
      selectedId.value = list[Math.max(0, Math.min(list.length - 1, index < 0 ? 0 : index + by))]?.id;
      if (selectedId.value) find.markSeen([selectedId.value]);
    },
    toggleCheck(id: string): void {
      const next = new Set(checked.value);
      if (!next.delete(id)) next.add(id);
      checked.value = next;
    },
    checkAllVisible(on: boolean): void {
      checked.value = on ? new Set(visible.value.map((i) => i.id)) : new Set();
    },
    setStatus(status: TriageStatus, ids?: string[]): Promise<void> {
      return edit(targets(ids).map((mentionId) => ({ mentionId, status })));
    },
    assignToMe(ids?: string[]): Promise<void> {
      if (me.value.trim() === '') {
        notice.value = { tone: 'error', text: t.value('inbox.noAssignee') };
        return Promise.resolve();
      }
      return edit(targets(ids).map((mentionId) => ({ mentionId, assignee: me.value.trim() })));
    },
    run(command: InboxCommand): Promise<void> | void {
      if (command.kind === 'move') return model.move(command.by);
      if (command.kind === 'toggle-check') return selectedId.value ? model.toggleCheck(selectedId.value) : undefined;
      if (command.kind === 'assign-to-me') return model.assignToMe();
      return model.setStatus(command.status);
    },
    /** Handles a key press; true when it was an inbox command (the caller prevents the default). */
    handleKey(press: KeyPress): boolean {
      const command = commandForKey(press);
      if (!command) return false;
      void model.run(command);
      return true;
    },
    dispose(): void {
      subscription.unsubscribe();
      disposeSelection();
      disposeLanguage();
      unwatchSettings();
      unwatchStatus();
      clearInterval(tick);
      find.dispose();
    },
  };
  return model;
}
