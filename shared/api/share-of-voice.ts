// GET /api/stats/share-of-voice: each watched brand's share of the mentions and its net sentiment over time,
// our brands and competitors side by side (shared/share-of-voice computes it from per-brand counts).
import { z } from 'zod';
import { platformSchema } from '../mention.ts';
import { TIME_BUCKETS } from '../stats/time-buckets.ts';
import { instantParam } from './common.ts';
import { sentimentCountsSchema } from './stats.ts';

/** `from` inclusive, `to` exclusive, on the publication date (else the collection date). */
export const shareOfVoiceQuerySchema = z
  .object({
    /** @default 30 days before `to` */
    from: instantParam.optional(),
    /** @default now */
    to: instantParam.optional(),
    /** @default "week" */
    bucket: z.enum(TIME_BUCKETS).default('week'),
    platform: platformSchema.optional(),
  })
  .strict();
export type ShareOfVoiceParams = z.input<typeof shareOfVoiceQuerySchema>;

const pointSchema = z.object({
  /** The bucket's first instant (weeks start on Monday, UTC). */
  start: z.string(),
  mentions: z.number(),
  /** This brand's mentions over all watched brands' mentions in the bucket (0–1, three decimals); null when none. */
  share: z.number().nullable(),
  /** (positive − negative) / scored mentions (−1…1, three decimals); null without a scored mention. */
  netSentiment: z.number().nullable(),
  counts: sentimentCountsSchema,
});
export type ShareOfVoicePoint = z.infer<typeof pointSchema>;

export const brandVoiceSchema = z.object({
  brand: z.string(),
  /** `brands[].competitor` in the config. */
  competitor: z.boolean(),
  mentions: z.number(),
  share: z.number().nullable(),
  netSentiment: z.number().nullable(),
  counts: sentimentCountsSchema,
  /** Aspects most often spoken of well in the range (more positive than negative mentions), most first. */
  praised: z.array(z.object({ aspect: z.string(), mentions: z.number() })),
  /** Aspects most often spoken of badly (more negative than positive mentions), most first. */
  criticised: z.array(z.object({ aspect: z.string(), mentions: z.number() })),
  /** One point per bucket of the range, empty ones included, in time order. */
  series: z.array(pointSchema),
});
export type BrandVoice = z.infer<typeof brandVoiceSchema>;

export const shareOfVoiceAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  bucket: z.enum(TIME_BUCKETS),
  /** Our brands first, then competitors, each by mentions (most first). A mention of two brands counts for both. */
  brands: z.array(brandVoiceSchema),
});
export type ShareOfVoice = z.infer<typeof shareOfVoiceAnswerSchema>;
