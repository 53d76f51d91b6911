// The one Mention type: a public post or review about a brand, shared by collector, API and extension.
import { z } from 'zod';
import { momentSchema, stageSchema } from './moment-of-truth.ts';
import { PLATFORM_IDS } from './platforms/lookup.ts';
import { mutedSchema } from './mutes/mute-rule.ts';
import { postedReplySchema } from './replies/posted-reply.ts';
import { mentionNoteSchema, sentimentCorrectionSchema } from './team/annotations.ts';
import { mentionAspectSchema } from './aspects/aspect-ids.ts';

/** Platforms Vigía knows by name (shared/platforms/catalogue.ts); any other lowercase id (e.g. a blog's host) is accepted too. */
export const KNOWN_PLATFORMS: readonly string[] = PLATFORM_IDS;
export const platformSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, 'a lowercase platform id');
export type Platform = z.infer<typeof platformSchema>;

export const mentionKindSchema = z.enum(['review', 'post', 'comment', 'article']);
export type MentionKind = z.infer<typeof mentionKindSchema>;

export const sentimentLabelSchema = z.enum(['negative', 'neutral', 'positive']);
export type SentimentLabel = z.infer<typeof sentimentLabelSchema>;

/** A scored sentiment, or the honest statement that the text could not be scored. */
export const sentimentSchema = z.union([
  z.object({
    /** -1 (very negative) … 1 (very positive). */
    score: z.number().min(-1).max(1),
    label: sentimentLabelSchema,
    /** 0 … 1: how sure the scorer is of `label`. */
    confidence: z.number().min(0).max(1),
  }),
  z.object({
    /** Why no score was given, e.g. "language not supported: de" or "no sentiment signal". */
    unscored: z.string().min(1),
  }),
]);
export type Sentiment = z.infer<typeof sentimentSchema>;
export type ScoredSentiment = Extract<Sentiment, { score: number }>;
export const isScored = (s: Sentiment | undefined): s is ScoredSentiment =>
  s !== undefined && 'score' in s;
/** The label to show and filter on; unscored text counts as no label at all. */
export const sentimentLabelOf = (s: Sentiment | undefined): SentimentLabel | undefined =>
  isScored(s) ? s.label : undefined;

export const triageStatusSchema = z.enum(['new', 'assigned', 'responded', 'resolved', 'ignored']);
export type TriageStatus = z.infer<typeof triageStatusSchema>;

export const triageSchema = z.object({
  status: triageStatusSchema,
  /** Who is handling it (free text: a name or e-mail). */
  assignee: z.string().max(200).optional(),
  /** When the triage last changed (ISO 8601). */
  updatedAt: z.string(),
});
export type Triage = z.infer<typeof triageSchema>;

export const authorSchema = z.object({
  /** Display name as the platform shows it. */
  name: z.string().optional(),
  /** Platform handle without the leading "@" or "u/" (for Mastodon: user@instance). */
  handle: z.string().optional(),
  /** Profile URL. */
  url: z.string().optional(),
});
export type Author = z.infer<typeof authorSchema>;

export const brandMatchSchema = z.object({
  /** The brand's name from the config. */
  brand: z.string(),
  /** The query terms that matched, as written in the query. */
  terms: z.array(z.string()),
  /** The brand is a competitor (`brands[].competitor`): collected and compared, never "us" (no alerts, no urgency). */
  competitor: z.literal(true).optional(),
});
export type BrandMatch = z.infer<typeof brandMatchSchema>;

/** True when every brand a mention matched is a competitor: it is about them, not about us. */
export const isAboutCompetitorsOnly = (matches: readonly BrandMatch[]): boolean => matches.length > 0 && matches.every((m) => m.competitor);

/**
 * How soon a person should answer: `now` a real customer with a live problem (stranded, charged twice,
 * safety, a legal or regulator threat, leaving, spreading fast) within hours; `soon` a question or a milder
 * issue within the 48 h response window; `none` nothing to answer (praise, news, jokes, job ads, off-topic).
 */
export const URGENCIES = ['now', 'soon', 'none'] as const;
export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;

/** One reason behind a priority, with the points it added, in plain words in English and Spanish. */
export const priorityFactorSchema = z.object({
  /** Stable id of the kind of reason: "urgency", "negativity", "rating", "recency", "reach", "known-customer", "churn-risk", "moment". */
  factor: z.string(),
  /** Points it added to `priority`; the factors of a mention add up to its priority. */
  points: z.number(),
  /** The reason in English, e.g. "Needs a person now: charged twice". */
  en: z.string(),
  /** The same reason in Spanish, e.g. "Requiere atención ya: cobro doble". */
  es: z.string(),
});
export type PriorityFactor = z.infer<typeof priorityFactorSchema>;

/**
 * Where a helpdesk ticket opened from a mention stands, in every helpdesk's words: `open` (new or being
 * worked on), `answered` (an agent replied and waits on the customer), `solved` (solved or closed),
 * `reopened` (it came back after being solved).
 */
export const TICKET_STATUSES = ['open', 'answered', 'solved', 'reopened'] as const;
export const ticketStatusSchema = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/** The helpdesk ticket (or Salesforce case) opened from a mention (collector/tickets). */
export const mentionTicketSchema = z.object({
  /** The configured helpdesk it was opened in (config `helpdesks[].id`). */
  helpdesk: z.string().min(1),
  /** The helpdesk's product: zendesk, freshdesk, hubspot or salesforce. */
  vendor: z.string().min(1),
  /** The ticket's (case's) id in the helpdesk, as the helpdesk writes it. */
  id: z.string().min(1),
  /** Where an agent opens it; absent when the helpdesk gives no link (HubSpot without a portal id). */
  url: z.string().optional(),
  status: ticketStatusSchema,
  /** When the helpdesk created it (ISO 8601). */
  createdAt: z.string(),
  /** When its status last changed, as the helpdesk or Vigía saw it (ISO 8601). */
  updatedAt: z.string(),
});
export type MentionTicket = z.infer<typeof mentionTicketSchema>;

/**
 * The 48 h recovery clock a known customer's negative mention started on their journey
 * (shared/journey/recovery-clock.ts), as it stood when the collector last looked: `running`, then `recovered`
 * (their next public mention about the brand was neutral or positive) or `lost` (negative again, said they
 * left, or the 48 h ran out). A `running` clock past its `deadline` has run out even before the collector
 * says so.
 */
export const mentionRecoverySchema = z.object({
  /** The brand the clock is about ("*" when the mention matched none). */
  brand: z.string(),
  state: z.enum(['running', 'recovered', 'lost']),
  /** When the negative mention was published (ISO 8601). */
  startedAt: z.string(),
  /** startedAt + 48 h (ISO 8601). */
  deadline: z.string(),
  /** When it stopped: the deciding mention's time, or the deadline when it ran out. */
  endedAt: z.string().optional(),
  /** The mention that stopped it (absent when it ran out). */
  endMentionId: z.string().optional(),
  /** Why it was lost. */
  lostReason: z.enum(['negative-again', 'left', 'expired']).optional(),
  /** Hours from the negative mention to the one that recovered the customer. */
  hoursToRecover: z.number().optional(),
});
export type MentionRecovery = z.infer<typeof mentionRecoverySchema>;

export const mentionSchema = z.object({
  /** Stable id: hash of platform + guid, else canonical URL, else content. Never changes once stored. */
  id: z.string(),
  /** Id of the configured source that collected it. */
  source: z.string(),
  /** Where it was published (reddit, mastodon, trustpilot, …). */
  platform: platformSchema,
  kind: mentionKindSchema,
  /** Canonical URL of the post (tracking parameters removed); absent when the source gives none. */
  url: z.string().optional(),
  author: authorSchema,
  title: z.string().optional(),
  /** Plain text (HTML stripped); always shown as text, never as HTML. */
  text: z.string(),
  /** Rating normalised to 0–1 where the platform has one (5 stars of 5 → 1). */
  rating: z.number().min(0).max(1).optional(),
  /** ISO 639-1 language code, or "und" when it could not be told. */
  lang: z.string(),
  /** When it was published (ISO 8601); absent when the source does not say — never invented. */
  publishedAt: z.string().optional(),
  /** When Vigía first stored it (ISO 8601). */
  collectedAt: z.string(),
  /** Audience size signal: followers, score, upvotes, likes — whatever the platform gives. */
  reach: z.number().nonnegative().optional(),
  sentiment: sentimentSchema,
  moment: momentSchema.optional(),
  stage: stageSchema.optional(),
  /** Which brands (and which of their terms) the mention matched. */
  matches: z.array(brandMatchSchema),
  /** Id of the first mention of its near-duplicate group (a complaint reposted across platforms); its own id when alone. */
  clusterId: z.string().optional(),
  /** The known customer this author is linked to. */
  customerId: z.string().optional(),
  triage: triageSchema,
  /** 0 … 100; higher is more urgent: `now` mentions sit in 80–100, `soon` in 50–79, the rest below 50. */
  priority: z.number().min(0).max(100),
  /** How soon a person should answer; absent only on mentions stored before urgency existed. */
  urgency: urgencySchema.optional(),
  /** The factors behind `priority`, most decisive first; absent only on mentions stored before they were kept. */
  priorityWhy: z.array(priorityFactorSchema).optional(),
  /** The helpdesk ticket opened from this mention, once the helpdesk created it; one per mention at most. */
  ticket: mentionTicketSchema.optional(),
  /** The recovery clock this mention started (a known customer's negative mention); absent when it started none. With several brands, the clock of the first brand it matched. */
  recovery: mentionRecoverySchema.optional(),
  /** When triage first moved away from "new" (ISO 8601): the first response, set once by the collector and never moved. */
  firstResponseAt: z.string().optional(),
  /** Hidden from the inbox, alerts and notifications (kept, and shown again when unmuted): by a mute rule, or marked "not about us". */
  muted: mutedSchema.optional(),
  /** The reply Vigía posted for it through a platform's API (Mastodon, Bluesky), with its URL. */
  reply: postedReplySchema.optional(),
  /** Internal notes the team left on it, oldest first; absent when there are none. */
  notes: z.array(mentionNoteSchema).optional(),
  /** Free-form short labels the team put on it (normalised, see shared/team/tags.ts); absent when there are none. */
  tags: z.array(z.string()).optional(),
  /** Set when a person corrected the sentiment: `sentiment` is then their label (confidence 1), `from` what the scorer said. */
  sentimentCorrection: sentimentCorrectionSchema.optional(),
  /**
   * What it talks about (price, delivery, staff…; shared/aspects), each with the opinion of its own clause:
   * "The crew was lovely but they lost my bag" → staff positive, baggage negative. Empty when it names none
   * and holds no opinion; absent on mentions enriched before aspects existed, or in other languages than EN/ES.
   */
  aspects: z.array(mentionAspectSchema).optional(),
});
export type Mention = z.infer<typeof mentionSchema>;
