// The collector's customer answers (docs/api-contract.md "Customers and journeys") validated at the edge,
// typed from shared/customer/customer-journey-view.ts. Unknown extra fields are dropped; a missing
// required one is a contract break.
import { z } from 'zod';
import { customerSchema } from '../../../../shared/customer/customer.ts';
import type { AuthorCandidate, CustomerJourneyView, CustomerLookupResult, JourneyView, TimelineEntry } from '../../../../shared/customer/customer-journey-view.ts';
import type { CustomerRisk } from '../../../../shared/journey/customer-risk.ts';
import type { JourneyMetrics } from '../../../../shared/journey/journey-metrics.ts';
import { channelSchema, directionSchema, outcomeSchema } from '../../../../shared/journey/touchpoint.ts';
import { mentionSchema, sentimentSchema, type Mention } from '../../../../shared/mention.ts';
import { momentSchema, stageSchema } from '../../../../shared/moment-of-truth.ts';

// JSON has no undefined: accept null for optional values and read it as absent.
const maybe = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const metricsSchema = z.object({
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

const journeySchema = z.object({
  id: z.string().min(1),
  type: z.string(),
  keywords: z.array(z.string()),
  startedAt: z.string(),
  endedAt: z.string(),
  momentIds: z.array(z.string()),
  metrics: metricsSchema,
}) satisfies z.ZodType<JourneyView, unknown>;

const timelineEntrySchema = z.object({
  kind: z.enum(['touchpoint', 'mention']),
  id: z.string().min(1),
  at: z.string(),
  journeyId: maybe(z.string()),
  channel: channelSchema,
  direction: maybe(directionSchema),
  platform: maybe(z.string()),
  summary: maybe(z.string()),
  url: maybe(z.string()),
  sentiment: maybe(sentimentSchema),
  moment: maybe(momentSchema),
  stage: maybe(stageSchema),
  outcome: maybe(outcomeSchema),
}) satisfies z.ZodType<TimelineEntry, unknown>;

const riskSchema = z.object({
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
  risk: riskSchema,
  journeys: z.array(journeySchema),
  currentJourneyId: maybe(z.string()),
  timeline: z.array(timelineEntrySchema),
  mentions: lenientMentions,
}) satisfies z.ZodType<CustomerJourneyView, unknown>;

export const authorCandidateSchema = z.object({
  platform: z.string().min(1),
  handle: z.string().min(1),
  name: maybe(z.string()),
  url: maybe(z.string()),
  mentionCount: z.number(),
  lastMentionAt: maybe(z.string()),
  reason: z.string(),
}) satisfies z.ZodType<AuthorCandidate, unknown>;

export const customerLookupResultSchema = z.object({
  customer: customerSchema.nullable(),
  candidates: z.array(authorCandidateSchema).default([]),
}) satisfies z.ZodType<CustomerLookupResult, unknown>;

export { customerSchema };
