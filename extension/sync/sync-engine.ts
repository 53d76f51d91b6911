// The background's sync loop: flush queued triage, catch up on the change feed, then follow the live
// stream; on failure back off and start over. Every step resumes from what Dexie holds, so the service
// worker may be stopped at any point and restarted by an alarm or a browser event.
import type { Mention } from '../../shared/mention.ts';
import { isConfigured, settingsItem, type VigiaSettings } from '../settings/settings.ts';
import { backoffDelay, sleep } from './backoff.ts';
import { pullChangeFeed } from './change-feed.ts';
import { createCollectorClient, type CollectorClient } from './collector-client.ts';
import { CollectorAuthError, describeError } from './collector-errors.ts';
import { followMentionStream } from './live-stream.ts';
import { FEED_START, forgetOtherCollector, readFeedCursor, storeMentions } from './mention-store.ts';
import { setSyncStatus } from './sync-status.ts';
import { flushTriageQueue, type FlushReport } from './triage-queue.ts';
import { flushTeamQueue, refreshTeam } from './team-queue.ts';

/** Seams for tests. @default the real settings, fetch, timers and Math.random */
export interface SyncEngineOptions {
  loadSettings?: () => Promise<VigiaSettings>;
  fetchImpl?: typeof fetch;
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  /**
   * Mentions this browser had not stored before, as they arrive after the first complete sync (live, or in
   * a catch-up after the worker slept). The first sync's backlog is not passed: it is history, not news.
   */
  onNewMentions?: (mentions: Mention[]) => void;
  /** Each alert from the stream (collector/alerts payload, unvalidated). */
  onAlert?: (alert: unknown) => void;
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;

export function createSyncEngine(options: SyncEngineOptions = {}) {
  const { loadSettings = () => settingsItem.getValue(), fetchImpl, wait = sleep, random = Math.random, onNewMentions, onAlert } = options;
  let current: { controller: AbortController; done: Promise<void> } | undefined;

  const clientFor = (settings: VigiaSettings): CollectorClient => createCollectorClient(settings, fetchImpl);

  async function loop(signal: AbortSignal): Promise<void> {
    let attempt = 0;
    while (!signal.aborted) {
      const settings = await loadSettings();
      if (!isConfigured(settings)) {
        await setSyncStatus('not-configured');
        return;
      }
      const client = clientFor(settings);
      const url = settings.collectorUrl;
      try {
        await forgetOtherCollector(url);
        await setSyncStatus('syncing');
        await flushTriageQueue(client);
        await flushTeamQueue(client);
        // The team for the pickers; an older collector without /api/users leaves the list as it was.
        await refreshTeam(client).catch(() => undefined);
        const firstSync = (await readFeedCursor(url)) === FEED_START;
        await pullChangeFeed(client, url, firstSync || !onNewMentions ? { signal } : { signal, onFresh: onNewMentions });
        await setSyncStatus('syncing', { synced: true });
        await followMentionStream(client, {
          lastEventId: await readFeedCursor(url),
          signal,
          onOpen: () => {
            attempt = 0;
            void setSyncStatus('live', { synced: true });
          },
          onMention: async (mention, cursor) => {
            const fresh = await storeMentions([mention], cursor === '' ? { collectorUrl: url } : { collectorUrl: url, cursor });
            if (fresh.length > 0) onNewMentions?.(fresh);
          },
          ...(onAlert ? { onAlert } : {}),
        });
      } catch (error) {
        if (signal.aborted) return;
        await setSyncStatus('error', { detail: describeError(error) });
        // A refused token will not start working by itself: wait for new settings or the next alarm.
        if (error instanceof CollectorAuthError) return;
      }
      await wait(backoffDelay(attempt++, {}, random), signal).catch(() => undefined);
    }
  }

  function start(): void {
    const controller = new AbortController();
    const run = { controller, done: Promise.resolve() };
    run.done = loop(controller.signal)
      .catch((error: unknown) => setSyncStatus('error', { detail: describeError(error) }).then(() => undefined))
      .finally(() => {
        if (current === run) current = undefined;
      });
    current = run;
  }

  return {
    /** Starts the loop unless it is already running (alarms and browser events call this freely). */
    ensureRunning(): void {
      if (!current) start();
    },
    /** Stops the loop and starts it again, e.g. after the settings changed. */
    async restart(): Promise<void> {
      await this.stop();
      start();
    },
    async stop(): Promise<void> {
      const run = current;
      current = undefined;
      run?.controller.abort(new DOMException('sync stopped', 'AbortError'));
      await run?.done;
    },
    get running(): boolean {
      return current !== undefined;
    },
    /** Sends queued triage edits now, if the extension is configured. */
    async flushTriage(): Promise<FlushReport | undefined> {
      const settings = await loadSettings();
      return isConfigured(settings) ? flushTriageQueue(clientFor(settings)) : undefined;
    },
  };
}
