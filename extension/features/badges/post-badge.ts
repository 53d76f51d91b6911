// What a badge asks the background about a post on the page, and what it is told: the collected mention's
// sentiment, moment and triage, or the collector's reading of a post it never collected.
import type { MentionAspect } from '../../../shared/aspects/aspect-ids.ts';
import type { Author, MentionKind, PriorityFactor, TriageStatus, Urgency } from '../../../shared/mention.ts';
import type { JourneyStage, MomentOfTruth } from '../../../shared/moment-of-truth.ts';
import type { SentimentBucket } from '../../db/mentions.ts';
import type { PagePost } from '../../sites/social/social-site.ts';

/** A post as the content script sends it (no DOM nodes). */
export interface BadgeRequest {
  /** The content script's id for the post on this page. */
  key: string;
  platform: string;
  kind: MentionKind;
  url?: string;
  externalId?: string;
  author: Author;
  title?: string;
  text: string;
  rating?: number;
  lang?: string;
  publishedAt?: string;
}

/** A badge's content once known. */
export interface ReadyBadge {
  key: string;
  state: 'ready';
  /** `collected`: the collector stored this post; `analyzed`: scored now, not stored. */
  source: 'collected' | 'analyzed';
  sentiment: SentimentBucket;
  score?: number;
  moment?: MomentOfTruth;
  stage?: JourneyStage;
  /** The collected mention (triage actions need one). */
  mentionId?: string;
  triageStatus?: TriageStatus;
  assignee?: string;
  /** A triage edit made here waits to reach the collector. */
  pending?: boolean;
  priority?: number;
  /** How soon a person should answer, and (collected posts) the reasons behind the priority. */
  urgency?: Urgency;
  priorityWhy?: PriorityFactor[];
  /** The known customer the author is linked to, if any. */
  customerId?: string;
  /** What the post talks about, each aspect with its own sentiment. */
  aspects?: MentionAspect[];
}

/** The badge could not be filled (collector not configured or unreachable). */
export interface UnavailableBadge {
  key: string;
  state: 'unavailable';
  detail: string;
}

export type PostBadge = ReadyBadge | UnavailableBadge;

/** The request for a post read from the page. */
export function toBadgeRequest(post: PagePost, key: string): BadgeRequest {
  const request: BadgeRequest = { key, platform: post.platform, kind: post.kind, author: { ...post.author }, text: post.text };
  if (post.url !== undefined) request.url = post.url;
  if (post.externalId !== undefined) request.externalId = post.externalId;
  if (post.title !== undefined) request.title = post.title;
  if (post.rating !== undefined) request.rating = post.rating;
  if (post.lang !== undefined) request.lang = post.lang;
  if (post.publishedAt !== undefined) request.publishedAt = post.publishedAt;
  return request;
}
