// Initial and incremental sync: page through the collector's change feed from the stored cursor.
import type { CollectorClient } from './collector-client.ts';
import { readFeedCursor, storeMentions } from './mention-store.ts';

import type { Mention } from '../../shared/mention.ts';

/** @default { pageSize: 200 } */
export interface PullOptions {
  pageSize?: number;
  signal?: AbortSignal;
  /** Called after each page with the mentions it brought that were not stored here before. */
  onFresh?: (mentions: Mention[]) => void;
}

/** What one pull did. */
export interface PullReport {
  pages: number;
  stored: number;
  /** Items the collector sent that broke the Mention schema (skipped). */
  rejected: number;
  /** The cursor stored at the end. */
  cursor: string;
}

/** Fetches each page first, then writes it with its cursor in one transaction; stops when `next` is null. */
export async function pullChangeFeed(client: CollectorClient, collectorUrl: string, options: PullOptions = {}): Promise<PullReport> {
  const { pageSize = 200, signal, onFresh } = options;
  const report: PullReport = { pages: 0, stored: 0, rejected: 0, cursor: await readFeedCursor(collectorUrl) };
  let since = report.cursor;
  for (;;) {
    signal?.throwIfAborted();
    const page = await client.changes(since, pageSize, signal);
    const fresh = await storeMentions(page.mentions, { collectorUrl, cursor: page.cursor });
    if (fresh.length > 0) onFresh?.(fresh);
    report.pages += 1;
    report.stored += page.mentions.length;
    report.rejected += page.rejected;
    report.cursor = page.cursor;
    // A `next` equal to where we asked from would loop forever: treat it as the end.
    if (page.next === null || page.next === since) return report;
    since = page.next;
  }
}
