// The mentions table: the collector's Mention as received, plus the fields the extension looks up by.
import { handleFromUrl, normalizeHandle } from '../../shared/author-handle.ts';
import type { Mention, SentimentLabel, TriageStatus } from '../../shared/mention.ts';
import { postKeyOf } from '../sites/social/post-key.ts';

/** Sentiment as the UI filters on it: unscored text is its own bucket, never a guessed label. */
export type SentimentBucket = SentimentLabel | 'unscored';

/** A triage edit made here that the collector has not confirmed yet. */
export interface PendingTriage {
  status?: TriageStatus;
  assignee?: string | null;
  /** When the user made the edit (ISO 8601). */
  updatedAt: string;
}

/** One row of `mentions`. */
export interface MentionRow {
  /** The mention's stable id (primary key). */
  id: string;
  /** The collector's record, exactly as validated. */
  mention: Mention;
  /** `platform:handle` keys of the author, normalised like shared/author-handle.ts (multiEntry index). */
  handleKeys: string[];
  platform: string;
  sentimentLabel: SentimentBucket;
  /** The status the user sees: a pending local edit wins over the collector's. */
  triageStatus: TriageStatus;
  publishedAt?: string;
  /** Sort key for "recent": publishedAt, else when the collector stored it (both real dates). */
  recency: string;
  /** Local arrival order: increases on every write of this row. */
  seq: number;
  pendingTriage?: PendingTriage;
  /** The post's key across URL forms (extension/sites/social/post-key.ts), so a post on a page finds its mention. */
  postKey?: string;
}

/** Indexed fields only (Dexie rule: everything else lives in the row without an index). */
export const MENTIONS_INDEXES =
  'id, seq, *handleKeys, platform, sentimentLabel, triageStatus, publishedAt, recency, [sentimentLabel+recency]';

/** Version 3 adds the post key (issue 10: badges find collected posts by it). */
export const MENTIONS_INDEXES_V3 = `${MENTIONS_INDEXES}, postKey`;

/** The lookup key of a handle on a platform. */
export const toHandleKey = (platform: string, handle: string): string =>
  `${platform.toLowerCase()}:${normalizeHandle(handle)}`;

/** Every handle key the author of a mention can be found by (from the handle field and the profile URL). */
export function handleKeysOf(mention: Mention): string[] {
  const keys = new Set<string>();
  if (mention.author.handle) keys.add(toHandleKey(mention.platform, mention.author.handle));
  const fromUrl = handleFromUrl(mention.author.url);
  if (fromUrl) keys.add(toHandleKey(fromUrl.platform, fromUrl.handle));
  return [...keys];
}

const sentimentBucketOf = (mention: Mention): SentimentBucket =>
  'label' in mention.sentiment ? mention.sentiment.label : 'unscored';

/** The row for a mention from the collector, keeping a pending local edit and taking the next `seq`. */
export function toMentionRow(mention: Mention, seq: number, pendingTriage?: PendingTriage): MentionRow {
  const row: MentionRow = {
    id: mention.id,
    mention,
    handleKeys: handleKeysOf(mention),
    platform: mention.platform,
    sentimentLabel: sentimentBucketOf(mention),
    triageStatus: pendingTriage?.status ?? mention.triage.status,
    recency: mention.publishedAt ?? mention.collectedAt,
    seq,
  };
  if (mention.publishedAt !== undefined) row.publishedAt = mention.publishedAt;
  if (pendingTriage) row.pendingTriage = pendingTriage;
  const postKey = postKeyOf(mention.platform, mention.url);
  if (postKey) row.postKey = postKey;
  return row;
}
