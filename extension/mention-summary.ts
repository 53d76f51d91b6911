// What the popup and the overlay show of a mention: a small, plain projection of a stored row.
import type { MentionAspect } from '../shared/aspects/aspect-ids.ts';
import type { TriageStatus } from '../shared/mention.ts';
import type { MentionRow, SentimentBucket } from './db/mentions.ts';

/** A mention as displayed (all strings are rendered as text, never as HTML). */
export interface MentionSummary {
  id: string;
  platform: string;
  /** Link to the post; absent when the source gave none. */
  url?: string;
  /** The author's name, else handle; absent when unknown (never guessed). */
  author?: string;
  title?: string;
  /** The start of the text, whitespace collapsed. */
  excerpt: string;
  publishedAt?: string;
  /** Date the age is counted from: publishedAt, else when it was collected. */
  recency: string;
  sentiment: SentimentBucket;
  /** -1 … 1 when scored. */
  score?: number;
  triageStatus: TriageStatus;
  /** True while a local triage edit has not reached the collector. */
  pending: boolean;
  /** What it talks about, each aspect with its own sentiment (chips). */
  aspects?: MentionAspect[];
}

/** Longest excerpt, in characters. @default 280 */
export const EXCERPT_LENGTH = 280;

/** Collapses whitespace and cuts at a word boundary with an ellipsis. */
export function toExcerpt(text: string, max: number = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function toMentionSummary(row: MentionRow): MentionSummary {
  const { mention } = row;
  const summary: MentionSummary = {
    id: row.id,
    platform: row.platform,
    excerpt: toExcerpt(mention.text),
    recency: row.recency,
    sentiment: row.sentimentLabel,
    triageStatus: row.triageStatus,
    pending: row.pendingTriage !== undefined,
  };
  if (mention.url !== undefined) summary.url = mention.url;
  const author = mention.author.name ?? mention.author.handle;
  if (author !== undefined) summary.author = author;
  if (mention.title !== undefined) summary.title = mention.title;
  if (mention.publishedAt !== undefined) summary.publishedAt = mention.publishedAt;
  if ('score' in mention.sentiment) summary.score = mention.sentiment.score;
  if (mention.aspects?.length) summary.aspects = mention.aspects;
  return summary;
}
