// The background's answer to the badges: each post is looked up in Dexie (by post key, and by the id the
// collector would have given it), and the ones never collected are scored through POST /api/analyze.
import { handleFromUrl } from '../../../shared/author-handle.ts';
import { mentionIdOf } from '../../../shared/stable-id.ts';
import { toHandleKey, type MentionRow } from '../../db/mentions.ts';
import { db } from '../../db/vigia-db.ts';
import { postKeyOf } from '../../sites/social/post-key.ts';
import type { Analysis, AnalyzeInput } from '../../sync/analysis.ts';
import { describeError } from '../../sync/collector-errors.ts';
import type { BadgeRequest, PostBadge, ReadyBadge } from './post-badge.ts';

/** Scores one text (the analyze batcher), or throws why it cannot. */
export type ScoreText = (input: AnalyzeInput) => Promise<Analysis>;

/** Ids the collector may have stored this post under: by platform id, else by URL; reviews as the review stage keys them. */
export function candidateMentionIds(request: BadgeRequest): string[] {
  const ids = new Set<string>();
  if (request.externalId) ids.add(mentionIdOf({ platform: request.platform, guid: request.externalId, text: '' }));
  if (request.url) ids.add(mentionIdOf({ platform: request.platform, url: request.url, text: '' }));
  if (request.kind === 'review' && !request.externalId && !request.url) {
    ids.add(mentionIdOf({ platform: request.platform, title: request.title, text: [request.author.name ?? '', request.publishedAt ?? '', request.text].join('\n') }));
  }
  return [...ids];
}

/** The author's lookup keys, normalised like the mentions table's `handleKeys`. */
export function authorKeysOf(request: BadgeRequest): string[] {
  const keys = new Set<string>();
  if (request.author.handle) keys.add(toHandleKey(request.platform, request.author.handle));
  const fromUrl = handleFromUrl(request.author.url);
  if (fromUrl) keys.add(toHandleKey(fromUrl.platform, fromUrl.handle));
  return [...keys];
}

export function collectedBadge(key: string, row: MentionRow): ReadyBadge {
  const { mention } = row;
  const badge: ReadyBadge = { key, state: 'ready', source: 'collected', sentiment: row.sentimentLabel, mentionId: row.id, triageStatus: row.triageStatus, priority: mention.priority };
  if ('score' in mention.sentiment) badge.score = mention.sentiment.score;
  if (mention.moment) badge.moment = mention.moment;
  if (mention.stage) badge.stage = mention.stage;
  if (mention.urgency) badge.urgency = mention.urgency;
  if (mention.priorityWhy?.length) badge.priorityWhy = mention.priorityWhy;
  const assignee = row.pendingTriage && 'assignee' in row.pendingTriage ? row.pendingTriage.assignee : mention.triage.assignee;
  if (assignee) badge.assignee = assignee;
  if (row.pendingTriage) badge.pending = true;
  if (mention.customerId) badge.customerId = mention.customerId;
  if (mention.aspects?.length) badge.aspects = mention.aspects;
  return badge;
}

function analyzedBadge(key: string, analysis: Analysis, customerId: string | undefined): ReadyBadge {
  const badge: ReadyBadge = { key, state: 'ready', source: 'analyzed', sentiment: 'label' in analysis.sentiment ? analysis.sentiment.label : 'unscored' };
  if ('score' in analysis.sentiment) badge.score = analysis.sentiment.score;
  if (analysis.moment) badge.moment = analysis.moment;
  if (analysis.stage) badge.stage = analysis.stage;
  if (analysis.urgency) badge.urgency = analysis.urgency;
  if (customerId) badge.customerId = customerId;
  if (analysis.aspects?.length) badge.aspects = analysis.aspects;
  return badge;
}

/** The customer each author key is linked to, from any collected mention by that author. */
async function customersByAuthor(keys: string[]): Promise<Map<string, string>> {
  const linked = new Map<string, string>();
  if (keys.length === 0) return linked;
  const rows = await db.mentions.where('handleKeys').anyOf(keys).toArray();
  for (const row of rows) {
    if (!row.mention.customerId) continue;
    for (const key of row.handleKeys) if (!linked.has(key)) linked.set(key, row.mention.customerId);
  }
  return linked;
}

/** One badge per request, in order; a post that cannot be scored gets an `unavailable` badge saying why. */
export async function lookupBadges(requests: BadgeRequest[], score: ScoreText | undefined): Promise<PostBadge[]> {
  const postKeys = requests.map((r) => postKeyOf(r.platform, r.url));
  const byKey = new Map<string, MentionRow>();
  const wantedKeys = postKeys.filter((k): k is string => k !== undefined);
  if (wantedKeys.length > 0) for (const row of await db.mentions.where('postKey').anyOf(wantedKeys).toArray()) if (row.postKey) byKey.set(row.postKey, row);
  const ids = requests.map(candidateMentionIds);
  const byId = new Map<string, MentionRow>();
  for (const row of await db.mentions.bulkGet(ids.flat())) if (row) byId.set(row.id, row);
  const customers = await customersByAuthor(requests.flatMap(authorKeysOf));

  return Promise.all(
    requests.map(async (request, i): Promise<PostBadge> => {
      const key = postKeys[i];
      const row = (key ? byKey.get(key) : undefined) ?? ids[i]?.map((id) => byId.get(id)).find((r) => r !== undefined);
      if (row) return collectedBadge(request.key, row);
      if (!score) return { key: request.key, state: 'unavailable', detail: 'the collector is not configured' };
      const customerId = authorKeysOf(request).map((k) => customers.get(k)).find((c) => c !== undefined);
      const input: AnalyzeInput = { text: request.text, platform: request.platform };
      if (request.title) input.title = request.title;
      if (request.lang) input.lang = request.lang;
      if (request.rating !== undefined) input.rating = request.rating;
      try {
        return analyzedBadge(request.key, await score(input), customerId);
      } catch (error) {
        return { key: request.key, state: 'unavailable', detail: describeError(error) };
      }
    }),
  );
}
