// GET /api/stats/journeys (CX leads) and GET /api/stats/sentiment (the ZMOT dashboard). The figures are
// computed by shared/stats (the collector from SQL aggregates, the extension from the mentions it holds).
import { z } from 'zod';
import { platformSchema } from '../mention.ts';
import { BREAKDOWNS } from '../stats/sentiment-stats.ts';
import { TIME_BUCKETS } from '../stats/time-buckets.ts';
import { instantParam } from './common.ts';
import { competitorFilterQuerySchema } from './competitor-filter.ts';

export const journeyStatsQuerySchema = z.object({ from: instantParam.optional(), to: instantParam.optional() }).strict();

const typeStatsSchema = z.object({ journeys: z.number(), resolved: z.number(), resolutionRate: z.number() });

/** Journeys that started in [from, to); rates 0–1 with three decimals, absent without journeys. */
export const journeyStatsAnswerSchema = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  journeys: z.number(),
  /** Over all journeys (0–1); absent without journeys. */
  resolutionRate: z.number().optional(),
  /** Per journey type (installation, fault, billing, …, other). */
  resolutionRateByType: z.record(z.string(), typeStatsSchema),
  /** Mean effort (0–100), one decimal. */
  averageEffort: z.number().optional(),
  /** Share of journeys over more than one channel (0–1). */
  crossChannelShare: z.number().optional(),
  /** Against the 48-hour rule; journeys still inside their 48 hours are `waiting`, not judged. */
  immediacyCompliance: z.object({ met: z.number(), missed: z.number(), waiting: z.number(), complianceRate: z.number().optional() }),
});
export type JourneyStatsAnswer = z.infer<typeof journeyStatsAnswerSchema>;

/** `from` inclusive, `to` exclusive, on the publication date (else the collection date). */
export const sentimentStatsQuerySchema = z
  .object({
    /** @default 30 days before `to` */
    from: instantParam.optional(),
    /** @default now */
    to: instantParam.optional(),
    /** @default "day" */
    bucket: z.enum(TIME_BUCKETS).default('day'),
    /** @default "platform" */
    by: z.enum(BREAKDOWNS).default('platform'),
    platform: platformSchema.optional(),
    brand: z.string().trim().min(1).max(200).optional(),
    /** As on GET /api/mentions: `false` leaves out the mentions about competitors only (our brands), `true` keeps only them. @default both */
    competitor: competitorFilterQuerySchema.shape.competitor,
  })
  .strict();
/** The query as a client writes it. */
export type SentimentStatsParams = z.input<typeof sentimentStatsQuerySchema>;

/** Mentions per sentiment label; unscored text has no label and is counted apart. */
export const sentimentCountsSchema = z.object({ negative: z.number(), neutral: z.number(), positive: z.number(), unscored: z.number() });
export type SentimentCounts = z.infer<typeof sentimentCountsSchema>;

export const responseTimesSchema = z.object({
  within48h: z.number(),
  over48h: z.number(),
  waiting: z.number(),
  /** Answered negatives by upper bound in hours; `null`: more than the last bound. */
  buckets: z.array(z.object({ hours: z.number().nullable(), count: z.number() })),
});
/**
 * Negative mentions: publication to the first triage change away from "new". `within48h`/`over48h` count
 * answered ones, plus unanswered ones whose 48 hours are over in `over48h`; `waiting`: unanswered, still
 * inside 48 hours. `buckets` hold answered ones by upper bound in hours (`null`: more than a week).
 */
export type ResponseTimes = z.infer<typeof responseTimesSchema>;

export const sentimentStatsAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  bucket: z.enum(TIME_BUCKETS),
  by: z.enum(BREAKDOWNS),
  /** Every bucket from `from` to `to`, empty ones included; `start` is the bucket's first instant (weeks start on Monday, UTC). */
  series: z.array(sentimentCountsSchema.extend({ start: z.string() })),
  /** Keyed by platform, moment, stage or brand; `none` for mentions without a moment or stage. */
  breakdown: z.record(z.string(), sentimentCountsSchema),
  /** Negative share of the scored mentions (0–1, three decimals); null without any. */
  negativeShare: z.number().nullable(),
  /** Phrases (1–3 words) negative mentions use more than the others do (stopwords, brand names, handles, links and numbers left out), best first; `count`: negative mentions holding it. */
  topNegativeTerms: z.array(z.object({ term: z.string(), count: z.number() })),
  responseTimes: responseTimesSchema,
});
export type SentimentStats = z.infer<typeof sentimentStatsAnswerSchema>;
