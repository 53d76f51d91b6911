// GET /api/sources: how collection is going, per source (collector/sources/kit/source-status.ts builds it).
import { z } from 'zod';

export const sourceStatusSchema = z.object({
  id: z.string(),
  kind: z.string(),
  url: z.string(),
  /** ok: last run succeeded; failing: last run failed; pending: never ran; disabled; removed: ran once, no longer configured. */
  health: z.enum(['ok', 'failing', 'pending', 'disabled', 'removed']),
  /** Collect interval from the config ("15m"), when configured. */
  every: z.string().optional(),
  lastRunAt: z.string().optional(),
  lastSuccessAt: z.string().optional(),
  /** Items the last run read, and how many of them were new and matched a brand. */
  itemsSeen: z.number(),
  itemsNew: z.number(),
  /** Consecutive failed runs. */
  errorCount: z.number(),
  lastError: z.string().optional(),
  /** When it runs next: as recorded, or estimated (`nextRunEstimated`) from the last run, interval and backoff. */
  nextRunAt: z.string().optional(),
  nextRunEstimated: z.boolean().optional(),
});
export type SourceStatusAnswer = z.infer<typeof sourceStatusSchema>;

/** Configured sources in config order, then sources the store knows that the config no longer lists. */
export const sourcesAnswerSchema = z.object({ items: z.array(sourceStatusSchema) });
