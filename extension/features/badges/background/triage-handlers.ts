// The background's answers for the badges and the inbox: badge lookups (Dexie, else the collector's
// analysis in batches), triage edits of one or many mentions, and opening the inbox on a mention.
import { browser } from '#imports';
import { lookupBadges } from '../badge-lookup.ts';
import { INBOX_PATH, toInboxHash } from '../../inbox/inbox-link.ts';
import { db } from '../../../db/vigia-db.ts';
import type { MessageHandlers } from '../../../messages.ts';
import { isConfigured, settingsItem, type VigiaSettings } from '../../../settings/settings.ts';
import { createAnalyzeBatcher } from '../../../sync/analyze-batcher.ts';
import { createCollectorClient } from '../../../sync/collector-client.ts';
import type { SyncEngine } from '../../../sync/sync-engine.ts';
import { enqueueTriageEdit } from '../../../sync/triage-queue.ts';

/** Most posts one lookup may carry, and the longest text kept of each (content scripts batch below this). */
export const LOOKUP_LIMITS = { posts: 100, textChars: 10_000 } as const;

type TriageHandlerNames = 'badges:lookup' | 'triage:edit' | 'inbox:open';

/** Seams for tests. @default the saved settings and the global fetch */
export interface TriageHandlerOptions {
  loadSettings?: () => Promise<VigiaSettings>;
  fetchImpl?: typeof fetch;
}

export function createTriageHandlers(engine: SyncEngine, options: TriageHandlerOptions = {}): Pick<MessageHandlers, TriageHandlerNames> {
  const { loadSettings = () => settingsItem.getValue(), fetchImpl } = options;
  const batcher = createAnalyzeBatcher({
    analyze: async (inputs) => createCollectorClient(await loadSettings(), fetchImpl).analyze(inputs),
  });

  return {
    'badges:lookup': async ({ posts }) => {
      engine.ensureRunning();
      const bounded = posts.slice(0, LOOKUP_LIMITS.posts).map((post) => ({ ...post, text: post.text.slice(0, LOOKUP_LIMITS.textChars) }));
      const configured = isConfigured(await loadSettings());
      return { badges: await lookupBadges(bounded, configured ? (input) => batcher.score(input) : undefined) };
    },
    'triage:edit': async ({ edits }) => {
      const accepted: string[] = [];
      const refused: { mentionId: string; error: string }[] = [];
      for (const edit of edits) {
        try {
          await enqueueTriageEdit(edit);
          accepted.push(edit.mentionId);
        } catch (error) {
          refused.push({ mentionId: edit.mentionId, error: error instanceof Error ? error.message : String(error) });
        }
      }
      const report = await engine.flushTriage();
      const dropped = [...refused, ...(report?.dropped ?? []).filter((d) => accepted.includes(d.mentionId))];
      const waiting: string[] = [];
      const delivered: string[] = [];
      for (const id of new Set(accepted)) {
        if (dropped.some((d) => d.mentionId === id)) continue;
        ((await db.triageQueue.where('mentionId').equals(id).count()) > 0 ? waiting : delivered).push(id);
      }
      const outcome = { delivered, waiting, dropped };
      return waiting.length > 0 ? { ...outcome, detail: report?.stoppedBy ?? 'the collector is not configured' } : outcome;
    },
    'inbox:open': async (target) => {
      const tab = await browser.tabs.create({ url: `${browser.runtime.getURL(INBOX_PATH)}${toInboxHash(target)}` });
      return tab.id === undefined ? {} : { tabId: tab.id };
    },
  };
}
