// The unread count on the toolbar icon: new open mentions that need a person now (red), else every new open
// mention (slate), with a tooltip giving both. The background keeps it live as mentions sync and as they
// are seen (Dexie's change events reach the worker from every page); pages also refresh it after marking
// mentions seen, since the worker may be asleep then.
import { browser } from '#imports';
import { liveQuery } from 'dexie';
import { translate } from '../../../i18n/dictionary.ts';
import { browserLanguage, resolveUiLanguage } from '../../../i18n/language.ts';
import { settingsItem } from '../../../settings/settings.ts';
import { pluralOf } from '../../../ui/time-words.ts';
import { queryInbox } from '../inbox-query.ts';
import { readSeenIds, seenSinceItem } from '../seen-state.ts';
import { toolbarBadgeOf, unreadCounts, type ToolbarBadge, type UnreadCounts } from '../unread.ts';

/** The counts over what the inbox lists (the same rows, so the icon and the inbox agree). */
export async function currentUnreadCounts(): Promise<UnreadCounts> {
  const [items, seen, since] = await Promise.all([queryInbox(undefined), readSeenIds(), seenSinceItem.getValue()]);
  return unreadCounts(items, seen, since);
}

/** The tooltip: "Vigía · 2 new mentions need a person now · 5 new mentions" in the UI language. */
export async function toolbarTitleOf(counts: UnreadCounts): Promise<string> {
  const lang = resolveUiLanguage((await settingsItem.getValue()).uiLanguage, browserLanguage());
  const parts = ['Vigía'];
  if (counts.now > 0) parts.push(translate(lang, `toolbar.now.${pluralOf(counts.now, lang)}`, { count: counts.now }));
  parts.push(counts.all > 0 ? translate(lang, `toolbar.new.${pluralOf(counts.all, lang)}`, { count: counts.all }) : translate(lang, 'toolbar.none'));
  return parts.join(' · ');
}

async function show(counts: UnreadCounts): Promise<ToolbarBadge> {
  const badge = toolbarBadgeOf(counts);
  const title = await toolbarTitleOf(counts);
  await browser.action.setBadgeText({ text: badge.text });
  if (badge.text !== '') await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title });
  return badge;
}

/** Recounts and updates the icon; from any extension context. */
export async function refreshToolbarCount(): Promise<ToolbarBadge> {
  return show(await currentUnreadCounts());
}

/** Background: keeps the icon's count live (Dexie changes, the baseline, the language); lives as long as the worker. */
export function registerToolbarCount(): void {
  const again = (): void => void refreshToolbarCount().catch(() => undefined);
  // Only Dexie reads inside the live query, so its change tracking sees every table it depends on.
  liveQuery(() => Promise.all([queryInbox(undefined), readSeenIds()])).subscribe({
    next: ([items, seen]) => void seenSinceItem.getValue().then((since) => show(unreadCounts(items, seen, since))).catch(() => undefined),
    error: () => undefined,
  });
  seenSinceItem.watch(again);
  settingsItem.watch(again);
}
