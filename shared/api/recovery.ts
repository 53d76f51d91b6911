// GET /api/stats/recovery, and the recovery clock as the journey view carries it: when a known customer's
// negative public mention started 48 h to win them back, and how it ended (shared/journey/recovery-clock.ts).
import { z } from 'zod';
import { LOST_REASONS, RECOVERY_STATES, type RecoveryClock } from '../journey/recovery-clock.ts';
import type { BrandRecovery } from '../journey/recovery-stats.ts';
import { instantParam, maybe } from './common.ts';

/** One clock on the wire (the journey view's `recovery`, the stats' detail). */
export const recoveryClockSchema = z.object({
  customerId: z.string(),
  brand: z.string(),
  mentionId: z.string(),
  startedAt: z.string(),
  deadline: z.string(),
  state: z.enum(RECOVERY_STATES),
  endedAt: maybe(z.string()),
  endMentionId: maybe(z.string()),
  lostReason: maybe(z.enum(LOST_REASONS)),
  hoursToRecover: maybe(z.number()),
}) satisfies z.ZodType<RecoveryClock, unknown>;

/** `from` inclusive, `to` exclusive, on when the clock started (the negative mention's publication). */
export const recoveryStatsQuerySchema = z
  .object({
    /** @default 30 days before `to` */
    from: instantParam.optional(),
    /** @default now */
    to: instantParam.optional(),
    /** One brand's figures only. */
    brand: z.string().trim().min(1).max(200).optional(),
    /** Length of each period. @default "week" */
    bucket: z.enum(['day', 'week']).default('week'),
  })
  .strict();
export type RecoveryStatsParams = z.input<typeof recoveryStatsQuerySchema>;

const figures = {
  started: z.number(),
  recovered: z.number(),
  lost: z.number(),
  /** Still inside their 48 h: not judged. */
  running: z.number(),
  /** recovered / (recovered + lost), 0–1 with three decimals; null while none is decided. */
  rate: z.number().nullable(),
  /** Median hours from the negative mention to the one that recovered the customer; null with none recovered. */
  medianHoursToRecover: z.number().nullable(),
};

export const brandRecoverySchema = z.object({
  brand: z.string(),
  ...figures,
  lostBy: z.object({ 'negative-again': z.number(), left: z.number(), expired: z.number() }),
  periods: z.array(z.object({ start: z.string(), ...figures })),
}) satisfies z.ZodType<BrandRecovery, unknown>;

export const recoveryStatsAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  bucket: z.enum(['day', 'week']),
  /** Recovery window in hours (48). */
  windowHours: z.number(),
  /** Brands with at least one clock started in the range, alphabetical. */
  brands: z.array(brandRecoverySchema),
});
export type RecoveryStatsAnswer = z.infer<typeof recoveryStatsAnswerSchema>;
