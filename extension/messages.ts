// Every runtime message of the extension, with its payload and answer types, and the typed helpers to
// send and handle them. Nothing is sent as a loose string.
import { browser } from '#imports';
import type { BadgeRequest, PostBadge } from './features/badges/post-badge.ts';
import type { InboxTarget } from './features/inbox/inbox-link.ts';
import type { LinkRequest } from './features/crm-overlay/background/journey-service.ts';
import type { CustomerJourneyAnswer } from './features/crm-overlay/overlay-journey.ts';
import type { PersonIdentifiers } from './sites/crm/person-identifiers.ts';
import type { CollectorTarget } from './sync/collector-client.ts';
import type { ConnectionReport } from './sync/connection-test.ts';
import type { SyncStatus } from './sync/sync-status.ts';
import type { TriageEdit } from './sync/triage-queue.ts';
import type { ActionResult } from './features/noise/noise-result.ts';
import type { MuteAddedAnswer, MuteRemovedAnswer, NoiseAnswer, NotAboutUsAnswer } from '../shared/api/noise.ts';
import type { ReplySetupAnswer } from '../shared/api/replies.ts';
import type { Mention } from '../shared/mention.ts';
import type { MuteKind, QueryExclusion } from '../shared/mutes/mute-rule.ts';
import type { TeamEditBody } from './db/team-queue.ts';
import type { HistoryEntry } from '../shared/api/team.ts';

/** Message name → what the sender passes and what the background answers. */
export interface MessageMap {
  /** Options page → background: settings were saved; restart the sync with them. */
  'settings:saved': { request: Record<string, never>; response: { running: boolean } };
  /** Options page → background: check a collector URL and token without saving them. */
  'connection:test': { request: CollectorTarget; response: ConnectionReport };
  /** Any page → background: current sync status (also wakes the sync up). */
  'sync:status': { request: Record<string, never>; response: SyncStatus };
  /** CRM overlay → background: the journey of the customer on the page (from the cache, else the collector). */
  'customer:journey': { request: PersonIdentifiers; response: CustomerJourneyAnswer };
  /** CRM overlay → background: link a candidate public author to the customer on the page. */
  'customer:link': { request: LinkRequest; response: CustomerJourneyAnswer };
  /** Social badges → background: the collected mention or the collector's reading of each post. */
  'badges:lookup': { request: { posts: BadgeRequest[] }; response: { badges: PostBadge[] } };
  /** Inbox and badges → background: triage edits (status and/or assignee) of one or many mentions. */
  'triage:edit': { request: { edits: TriageEdit[] }; response: TriageBatchOutcome };
  /** Badges → background: open the full-page inbox on a mention or a customer's journey. */
  'inbox:open': { request: InboxTarget; response: { tabId?: number } };
  /** Options page → background: mute rules, accepted exclusions and suggestions to accept. */
  'noise:list': { request: Record<string, never>; response: ActionResult<NoiseAnswer> };
  /** Inbox, badges, options → background: mute an author, a source or a phrase (of a stored mention: its brand and author). */
  'noise:mute': { request: { kind: MuteKind; brand?: string; value?: string; mentionId?: string }; response: ActionResult<MuteAddedAnswer> };
  /** Options page → background: remove a mute rule. */
  'noise:unmute': { request: { id: string }; response: ActionResult<MuteRemovedAnswer> };
  /** Inbox and badges → background: mark a mention "not about us" (it learns an exclusion suggestion). */
  'noise:not-about-us': { request: { mentionId: string; brand?: string }; response: ActionResult<NotAboutUsAnswer> };
  /** Inbox → background: take "not about us" back. */
  'noise:shown-again': { request: { mentionId: string }; response: ActionResult<Mention> };
  /** Options page → background: accept a query exclusion for a brand. */
  'noise:accept': { request: { brand: string; exclusion: string }; response: ActionResult<QueryExclusion> };
  /** Inbox and options → background: the config's reply templates and posting accounts. */
  'reply:setup': { request: Record<string, never>; response: ActionResult<ReplySetupAnswer> };
  /** Inbox → background: post a reply through the platform's API (Mastodon, Bluesky). */
  'reply:post': { request: { mentionId: string; text: string }; response: ActionResult<Mention> };
  /** Inbox and badges → background: a note, tag or sentiment edit, queued and sent when it can be. */
  'team:edit': { request: { mentionId: string; edit: TeamEditBody }; response: TeamEditOutcome };
  /** Inbox → background: a mention's audit trail from the collector (online only). */
  'team:history': { request: { mentionId: string }; response: { items: HistoryEntry[] } };
  /** Inbox → background: forget a refused edit the user has read. */
  'team:dismiss': { request: { seq: number }; response: Record<string, never> };
}

/** What happened to a team edit: confirmed, waiting (why), or refused for good (the collector's reason). */
export interface TeamEditOutcome {
  delivered: boolean;
  detail?: string;
  refused?: string;
}

/** What happened to a batch of triage edits, per mention. */
export interface TriageBatchOutcome {
  /** Mentions whose edits the collector confirmed. */
  delivered: string[];
  /** Mentions whose edits wait in the queue (offline, token refused). */
  waiting: string[];
  /** Edits refused for good (unknown mention, invalid edit), with why. */
  dropped: { mentionId: string; error: string }[];
  /** Why edits wait, when some do. */
  detail?: string;
}

export type MessageName = keyof MessageMap;
export type MessageRequest<N extends MessageName> = MessageMap[N]['request'];
export type MessageResponse<N extends MessageName> = MessageMap[N]['response'];

/** The wire format of a request. */
export interface MessageEnvelope<N extends MessageName = MessageName> {
  vigia: N;
  payload: MessageRequest<N>;
}

/** The wire format of an answer: errors travel as text, since Error objects do not survive messaging. */
export type MessageResult<N extends MessageName> = { ok: true; value: MessageResponse<N> } | { ok: false; error: string };

const MESSAGE_NAMES: readonly MessageName[] = ['settings:saved', 'connection:test', 'sync:status', 'customer:journey', 'customer:link', 'badges:lookup', 'triage:edit', 'inbox:open', 'noise:list', 'noise:mute', 'noise:unmute', 'noise:not-about-us', 'noise:shown-again', 'noise:accept', 'reply:setup', 'reply:post', 'team:edit', 'team:history', 'team:dismiss'];

/** Narrows anything received on runtime.onMessage to one of ours. */
export function isMessageEnvelope(value: unknown): value is MessageEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    'vigia' in value &&
    (MESSAGE_NAMES as readonly unknown[]).includes(value.vigia) &&
    'payload' in value &&
    typeof value.payload === 'object' &&
    value.payload !== null
  );
}

/** The background answered with an error, or did not answer. */
export class MessageError extends Error {
  override name = 'MessageError';
}

/** The part of `browser.runtime` the helpers need (a seam for tests). */
export interface RuntimeMessaging {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Sends a message to the background and returns its typed answer, or throws MessageError. */
export async function sendMessage<N extends MessageName>(runtime: RuntimeMessaging, name: N, payload: MessageRequest<N>): Promise<MessageResponse<N>> {
  const envelope: MessageEnvelope<N> = { vigia: name, payload };
  const result = (await runtime.sendMessage(envelope)) as MessageResult<N> | undefined;
  if (!result) throw new MessageError(`messages: no answer to ${name}`);
  if (!result.ok) throw new MessageError(result.error);
  return result.value;
}

/** One handler per message name. */
export type MessageHandlers = { [N in MessageName]: (payload: MessageRequest<N>) => Promise<MessageResponse<N>> };

/** Runs the handler for an envelope and wraps its outcome for the wire. */
export async function handleMessage<N extends MessageName>(handlers: MessageHandlers, envelope: MessageEnvelope<N>): Promise<MessageResult<N>> {
  const handler = handlers[envelope.vigia] as (payload: MessageRequest<N>) => Promise<MessageResponse<N>>;
  try {
    return { ok: true, value: await handler(envelope.payload) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** From an extension page or content script to the background. */
export const sendToBackground = <N extends MessageName>(name: N, payload: MessageRequest<N>): Promise<MessageResponse<N>> =>
  sendMessage(browser.runtime, name, payload);
