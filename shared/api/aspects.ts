// GET /api/stats/aspects: the key drivers — per aspect, volume and net sentiment in a range and the period of
// equal length before it, ranked by how much each moved the brand's net sentiment (shared/stats/key-drivers.ts
// defines the decomposition).
import { z } from 'zod';
import { instantParam } from './common.ts';

/** `from` inclusive, `to` exclusive, on the publication date (else the collection date). */
export const aspectStatsQuerySchema = z
  .object({
    /** @default 30 days before `to` */
    from: instantParam.optional(),
    /** @default now */
    to: instantParam.optional(),
    /** A configured brand's name (a competitor's too); absent: our brands — every mention but those about competitors only. */
    brand: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type AspectStatsParams = z.input<typeof aspectStatsQuerySchema>;

const periodSchema = z.object({
  from: z.string(),
  to: z.string(),
  mentions: z.number(),
  /** (positive − negative) / mentions over the whole texts' labels, −1 … 1, three decimals; null without mentions. */
  net: z.number().nullable(),
  /** The same net as the aspects tell it: Σ of their shares; null without mentions. */
  aspectNet: z.number().nullable(),
});

export const aspectDriverSchema = z.object({
  aspect: z.string(),
  /** Mentions naming it in the range, and by the sentiment of the aspect itself. */
  volume: z.number(),
  positive: z.number(),
  neutral: z.number(),
  negative: z.number(),
  /** (positive − negative) / volume; null without mentions. */
  net: z.number().nullable(),
  previousVolume: z.number(),
  previousNet: z.number().nullable(),
  netChange: z.number().nullable(),
  /** What it adds to the brand's net now and in the previous period: Σ over its mentions of sentiment / (aspects of the mention) / mentions. */
  share: z.number(),
  previousShare: z.number(),
  /** share − previousShare: the net points it moved the brand's net sentiment by. The ranking key (by absolute value). */
  contribution: z.number(),
});
export type AspectDriverAnswer = z.infer<typeof aspectDriverSchema>;

export const aspectStatsAnswerSchema = z.object({
  /** Absent: our brands (every mention but those about competitors only). */
  brand: z.string().optional(),
  current: periodSchema,
  /** The period of the same length just before `current`. */
  previous: periodSchema,
  /** current.net − previous.net; null when either period has no mentions. */
  netChange: z.number().nullable(),
  /** Σ of the contributions of `aspects` and `other` (current.aspectNet − previous.aspectNet). */
  explained: z.number(),
  /** netChange − explained: the move the aspects do not account for (mixed posts, posts stored before aspects). */
  unexplained: z.number().nullable(),
  /** Ranked by |contribution|, then volume; actionable aspects only — never the catch-all `other`. */
  aspects: z.array(aspectDriverSchema),
  /** The catch-all `other` (polar posts naming no aspect), apart from the ranking; absent when none counts as other. */
  other: aspectDriverSchema.optional(),
});
export type AspectStatsAnswer = z.infer<typeof aspectStatsAnswerSchema>;
