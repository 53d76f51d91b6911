// A touchpoint ("moment"): one interaction of a customer with the brand on any channel, from a CRM or a mention.
import { z } from 'zod';
import { crmIdSchema } from '../customer/customer.ts';
import { sentimentSchema, type Mention } from '../mention.ts';
import { momentSchema, stageSchema } from '../moment-of-truth.ts';
import { hash64 } from '../stable-id.ts';

export const CHANNELS = ['email', 'phone', 'chat', 'store', 'web', 'social', 'review', 'ticket'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** Channels where staff answer live: a conversation there is itself a response. */
export const LIVE_CHANNELS: ReadonlySet<Channel> = new Set(['phone', 'chat', 'store']);

/** `inbound`: the customer reached out (or posted). `outbound`: the brand did (an agent's reply, a callback). */
export const directionSchema = z.enum(['inbound', 'outbound']);
export type Direction = z.infer<typeof directionSchema>;

export const outcomeSchema = z.enum(['resolved', 'unresolved', 'pending']);
export type Outcome = z.infer<typeof outcomeSchema>;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO 8601 instant with a time zone; normalised to UTC `…Z` so strings sort and compare as times. */
export const isoInstantSchema = z
  .string()
  .trim()
  .regex(ISO_INSTANT, 'an ISO 8601 date-time with a time zone, e.g. 2026-11-02T10:00:00Z')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date')
  .transform((s) => new Date(s).toISOString());

export const touchpointSchema = z.object({
  /** Stable id (see `touchpointIdOf`). */
  id: z.string().min(1).max(200),
  customerId: z.string().min(1).max(200),
  /** Id of the record in the system it came from ("zendesk-4817"); imports upsert on it. */
  externalId: z.string().min(1).max(300).optional(),
  /** When it happened. */
  at: isoInstantSchema,
  channel: channelSchema,
  /** Absent means not recorded; metrics then treat it as inbound (customers start most records). */
  direction: directionSchema.optional(),
  /** What it was about, in the customer's or the agent's words; topic stitching reads it. */
  summary: z.string().max(4000).optional(),
  sentiment: sentimentSchema.optional(),
  /** Customer-reported effort normalised to 0 (very easy) … 1 (very hard), e.g. from a CES survey. */
  effort: z.number().min(0).max(1).optional(),
  outcome: outcomeSchema.optional(),
  /** When the source system marked it solved, if later than `at` (a ticket closed days after it opened). */
  resolvedAt: isoInstantSchema.optional(),
  moment: momentSchema.optional(),
  stage: stageSchema.optional(),
  /** The public mention this touchpoint stands for. */
  mentionId: z.string().min(1).optional(),
  /** The CRM record (ticket, case, call) it came from; touchpoints sharing one always share a journey. */
  crmRef: crmIdSchema.optional(),
});
export type Touchpoint = z.infer<typeof touchpointSchema>;

/** Deterministic touchpoint id from the first of external id or mention id, so re-imports upsert. */
export function touchpointIdOf(ref: { externalId?: string; mentionId?: string }): string {
  if (ref.externalId) return `tp-${hash64(`ext\n${ref.externalId}`)}`;
  if (ref.mentionId) return `tp-${hash64(`mention\n${ref.mentionId}`)}`;
  throw new TypeError('journey: a touchpoint needs an externalId or a mentionId for a stable id');
}

/** Longest summary taken from a mention's text. */
const SUMMARY_CHARS = 500;

/**
 * The touchpoint a linked mention adds to its customer's journey; undefined when the mention is not
 * linked. Reviews are the `review` channel, everything else `social`; it is always inbound. `at` is the
 * publication time, else the time Vigía first saw it (a real observation, never an invented date).
 */
export function touchpointFromMention(mention: Mention): Touchpoint | undefined {
  if (!mention.customerId) return undefined;
  const text = [mention.title, mention.text].filter(Boolean).join(' — ');
  return {
    id: touchpointIdOf({ mentionId: mention.id }),
    customerId: mention.customerId,
    at: new Date(mention.publishedAt ?? mention.collectedAt).toISOString(),
    channel: mention.kind === 'review' ? 'review' : 'social',
    direction: 'inbound',
    summary: text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS - 1)}…` : text,
    sentiment: mention.sentiment,
    ...(mention.moment ? { moment: mention.moment } : {}),
    ...(mention.stage ? { stage: mention.stage } : {}),
    mentionId: mention.id,
  };
}

/** Milliseconds since the epoch of an ISO instant. */
export const timeOf = (iso: string): number => Date.parse(iso);
