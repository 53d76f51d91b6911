// What GET /api/customers/lookup and GET /api/customers/:id/journey answer: one customer's identity, churn
// risk, journeys with their metrics and the timeline of moments — everything the CRM overlay shows. The
// collector answers through these schemas and the extension reads with them. Unknown extra fields are
// dropped; a missing required one is a contract break.
import { mentionAspectSchema } from '../aspects/aspect-ids.ts';
import { z } from 'zod';
import { customerSchema } from '../customer/customer.ts';
import type { CustomerRisk } from '../journey/customer-risk.ts';
import type { JourneyMetrics } from '../journey/journey-metrics.ts';
import { channelSchema, directionSchema, outcomeSchema } from '../journey/touchpoint.ts';
import { mentionSchema, sentimentSchema, type Mention } from '../mention.ts';
import { momentSchema, stageSchema } from '../moment-of-truth.ts';
import { maybe } from './common.ts';

/** shared/journey/journey-metrics.ts's JourneyMetrics, on the wire. */
export const journeyMetricsSchema = z.object({
  touchpoints: z.number(),
  customerContacts: z.number(),
  channels: z.array(channelSchema),
  channelSwitches: z.number(),
  repeatedContacts: z.number(),
  reopened: z.number(),
  firstResponse: z.object({ hours: maybe(z.number()), immediacy: z.enum(['met', 'missed', 'waiting', 'not-applicable']) }),
  resolution: z.object({ resolved: z.boolean(), hours: maybe(z.number()), openHours: maybe(z.number()) }),
  sentiment: z.object({ start: maybe(z.number()), end: maybe(z.number()), change: maybe(z.number()) }),
  effort: z.number(),
  coherence: maybe(z.number()),
  badExperiences: z.number(),
}) satisfies z.ZodType<JourneyMetrics, unknown>;

/** One journey ("folder" of moments) with its metrics, without repeating the touchpoints. */
export const journeyViewSchema = z.object({
  id: z.string().min(1),
  /** The need it is about (see shared/journey JOURNEY_TYPES). */
  type: z.string(),
  keywords: z.array(z.string()),
  /** Its topic: the aspects its moments name (shared/aspects), most often named first; absent from collectors older than aspects. */
  aspects: z.array(z.string()).optional(),
  startedAt: z.string(),
  endedAt: z.string(),
  /** Timeline entries (touchpoints and mentions) in this journey, chronological. */
  momentIds: z.array(z.string()),
  metrics: journeyMetricsSchema,
});
export type JourneyView = z.infer<typeof journeyViewSchema>;

/** One moment on the customer's timeline: a CRM touchpoint or a public mention. */
export const timelineEntrySchema = z.object({
  kind: z.enum(['touchpoint', 'mention']),
  /** Touchpoint id, or mention id. */
  id: z.string().min(1),
  at: z.string(),
  journeyId: maybe(z.string()),
  /** Touchpoints: the channel; mentions: "social" or "review". */
  channel: channelSchema,
  direction: maybe(directionSchema),
  /** Mentions: the platform (reddit, trustpilot…). */
  platform: maybe(z.string()),
  /** Touchpoint summary, or the mention's title/opening text (plain text). */
  summary: maybe(z.string()),
  url: maybe(z.string()),
  sentiment: maybe(sentimentSchema),
  moment: maybe(momentSchema),
  stage: maybe(stageSchema),
  outcome: maybe(outcomeSchema),
  /** Mentions: what it talks about, each aspect with its own sentiment. */
  aspects: maybe(z.array(mentionAspectSchema)),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** shared/journey/customer-risk.ts's CustomerRisk, on the wire. */
export const customerRiskSchema = z.object({
  badExperiences: z.number(),
  churnRisk: z.boolean(),
  windowDays: z.number(),
  evidence: z.object({ touchpointIds: z.array(z.string()), mentionIds: z.array(z.string()) }),
}) satisfies z.ZodType<CustomerRisk, unknown>;

/** Mentions that break the Mention schema are dropped, not fatal: the journey is still worth showing. */
const lenientMentions = z.array(z.unknown()).transform((items) =>
  items.flatMap((item): Mention[] => {
    const parsed = mentionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }),
);

export const customerJourneyViewSchema = z.object({
  customer: customerSchema,
  risk: customerRiskSchema,
  /** Newest first. */
  journeys: z.array(journeyViewSchema),
  /** The journey the overlay opens on: the newest one. */
  currentJourneyId: maybe(z.string()),
  /** Every moment, newest first. */
  timeline: z.array(timelineEntrySchema),
  /** The customer's public mentions, newest first (at most 200). */
  mentions: lenientMentions,
});
export type CustomerJourneyView = z.infer<typeof customerJourneyViewSchema>;

/** A public author who might be this customer, shown when the lookup finds nobody for sure. */
export const authorCandidateSchema = z.object({
  platform: z.string().min(1),
  handle: z.string().min(1),
  name: maybe(z.string()),
  url: maybe(z.string()),
  mentionCount: z.number(),
  lastMentionAt: maybe(z.string()),
  /** Why it is suggested, e.g. "same display name" or "handle seen on the page". */
  reason: z.string(),
});
export type AuthorCandidate = z.infer<typeof authorCandidateSchema>;

export const customerLookupResultSchema = z.object({
  /** The owner of the first identifier given that has one, else null. */
  customer: customerSchema.nullable(),
  /** At most 10, most mentions first. */
  candidates: z.array(authorCandidateSchema).default([]),
});
export type CustomerLookupResult = z.infer<typeof customerLookupResultSchema>;
