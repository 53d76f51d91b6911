// POST /api/touchpoints: CRM and helpdesk webhooks send generic import records (collector/import/README.md),
// one or a batch; each record is validated on its own by the importer, exactly as `vigia import` does.
import { z } from 'zod';

/** At most this many records per request. */
export const TOUCHPOINT_BATCH_LIMIT = 1000;

/** A batch: a bad record is reported in `errors` and the others are stored. */
export const touchpointBatchSchema = z
  .object({
    records: z
      .array(z.unknown())
      .min(1, 'give at least one record')
      .max(TOUCHPOINT_BATCH_LIMIT, `at most ${TOUCHPOINT_BATCH_LIMIT} records per request`),
  })
  .strict();

/** One record alone: a JSON object (not an array), validated by the importer; if it fails, the answer is 400. */
export const touchpointRecordSchema = z.record(z.string(), z.unknown());

export const touchpointsAnswerSchema = z.object({
  imported: z.number(),
  unchanged: z.number(),
  /** By index in the batch (0 for a single record). */
  errors: z.array(z.object({ index: z.number(), reason: z.string() })),
});
export type TouchpointsAnswer = z.infer<typeof touchpointsAnswerSchema>;
