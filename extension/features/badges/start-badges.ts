// Runs the badges on a social or review page: scans for posts (again whenever the page adds some, as
// infinite scroll does), asks the background about them in bounded batches, keeps the badges current
// when synced mentions change, and carries out their quick actions. Everything goes through the
// content-script context, so it all stops when the extension is reloaded.
import type { ContentScriptContext } from '#imports';
import { computed } from '@preact/signals';
import { translatorFor, type Translator } from '../../i18n/dictionary.ts';
import { sendToBackground } from '../../messages.ts';
import { settingsItem } from '../../settings/settings.ts';
import { socialSiteFor } from '../../sites/social/social-registry.ts';
import { mentionsChangedItem } from '../../sync/mentions-changed.ts';
import { watchUiLanguage } from '../../ui/ui-language.ts';
import { isContextInvalidated } from '../crm-overlay/context-invalidated.ts';
import { createBadgeEntry, type BadgeEntry } from './badge-entry.tsx';
import { BADGE_TAGS } from './badge-host.ts';
import type { BadgeAction } from './badge-view.tsx';
import { actionErrorText } from '../noise/action-error.ts';
import { toBadgeRequest } from './post-badge.ts';
import { createPostBatcher } from './post-batcher.ts';
import { createPostScanner } from './post-scanner.ts';

/** How long the page must be quiet after a change before it is scanned again. @default 200 */
export const RESCAN_DELAY_MS = 200;
/** Most posts one lookup message carries. @default 25 */
export const LOOKUP_BATCH = 25;

const isOurs = (node: Node): boolean => BADGE_TAGS.has(node.nodeName);

export function startBadges(ctx: ContentScriptContext, css: string): void {
  const { language, dispose: disposeLanguage } = watchUiLanguage();
  const t = computed<Translator>(() => translatorFor(language.value));
  const entries = new Map<string, BadgeEntry>();
  let scanner: ReturnType<typeof createPostScanner> | undefined;
  let siteId: string | undefined;

  async function lookup(batch: BadgeEntry[]): Promise<void> {
    try {
      const { badges } = await sendToBackground('badges:lookup', { posts: batch.map((e) => toBadgeRequest(e.post, e.key)) });
      for (const badge of badges) entries.get(badge.key)?.show(badge);
    } catch (error) {
      if (isContextInvalidated(error)) return;
      const detail = error instanceof Error ? error.message : String(error);
      for (const entry of batch) entry.show({ key: entry.key, state: 'unavailable', detail });
    }
  }

  const batcher = createPostBatcher<BadgeEntry>({
    send: lookup,
    maxBatch: LOOKUP_BATCH,
    setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as number),
  });

  async function act(entry: BadgeEntry, action: BadgeAction): Promise<void> {
    const badge = entry.badge.value;
    if (badge.state !== 'ready') return;
    entry.error.value = undefined;
    try {
      if (action.kind === 'open-journey') {
        await sendToBackground('inbox:open', { ...(badge.mentionId ? { mentionId: badge.mentionId } : {}), ...(badge.customerId ? { customerId: badge.customerId } : {}) });
        return;
      }
      if (!badge.mentionId) return;
      entry.busy.value = true;
      if (action.kind === 'mute-author' || action.kind === 'not-about-us') {
        const result = action.kind === 'mute-author' ? await sendToBackground('noise:mute', { mentionId: badge.mentionId, kind: 'author' }) : await sendToBackground('noise:not-about-us', { mentionId: badge.mentionId });
        if (!result.ok) throw new Error(actionErrorText(result, t.value));
        entry.open.value = false;
        return;
      }
      if (action.kind === 'correct') {
        // A person's label: queued like the inbox's, so it survives being offline; refusals are shown here.
        const outcome = await sendToBackground('team:edit', { mentionId: badge.mentionId, edit: { kind: 'sentiment', label: action.label } });
        if (outcome.refused) throw new Error(outcome.refused);
        entry.show({ ...badge, sentiment: action.label });
        entry.open.value = false;
        return;
      }
      const me = (await settingsItem.getValue()).assignee.trim();
      if (action.kind === 'assign-to-me' && me === '') throw new Error(t.value('inbox.noAssignee'));
      const edit = action.kind === 'assign-to-me' ? { mentionId: badge.mentionId, assignee: me } : { mentionId: badge.mentionId, status: action.status };
      const outcome = await sendToBackground('triage:edit', { edits: [edit] });
      if (outcome.dropped[0]) throw new Error(outcome.dropped[0].error);
      entry.open.value = false;
    } catch (error) {
      if (!isContextInvalidated(error)) entry.error.value = error instanceof Error ? error.message : String(error);
    } finally {
      entry.busy.value = false;
    }
  }

  function clear(): void {
    for (const entry of entries.values()) entry.remove();
    entries.clear();
  }

  function scan(): void {
    const site = socialSiteFor(location.href);
    if (site?.id !== siteId) {
      clear();
      siteId = site?.id;
      scanner = site ? createPostScanner(site, document, () => location.href) : undefined;
    }
    if (!scanner || ctx.isInvalid) return;
    // Posts the page took away (virtualised lists drop what scrolled off) lose their badges; a post whose
    // badge the page re-rendered away gets a new one.
    for (const [key, entry] of entries) {
      const element = entry.post.element;
      if (entry.host.isConnected() && (!element || element.isConnected)) continue;
      entry.remove();
      entries.delete(key);
      if (element?.isConnected) scanner.forget(element);
    }
    const added: BadgeEntry[] = [];
    for (const { key, post, replaces } of scanner.scan()) {
      if (replaces) {
        entries.get(replaces)?.remove();
        entries.delete(replaces);
      }
      const entry = createBadgeEntry(key, post, css, t, (e, action) => void act(e, action));
      entries.set(key, entry);
      added.push(entry);
    }
    batcher.add(...added);
  }

  let pending: number | undefined;
  const scheduleScan = (): void => {
    if (pending !== undefined) clearTimeout(pending);
    pending = ctx.setTimeout(() => {
      pending = undefined;
      scan();
    }, RESCAN_DELAY_MS);
  };

  const observer = new MutationObserver((records) => {
    // Our own badges going in are not new posts (a badge taken out by the page is: it needs another).
    if (records.every((r) => r.removedNodes.length === 0 && [...r.addedNodes].every(isOurs))) return;
    scheduleScan();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.onInvalidated(disposeLanguage);
  ctx.onInvalidated(clear);
  // Triage changed somewhere (here, the inbox, the collector): ask again about every badge.
  ctx.onInvalidated(mentionsChangedItem.watch(() => batcher.add(...entries.values())));
  ctx.addEventListener(window, 'wxt:locationchange', scheduleScan);
  scan();
}
