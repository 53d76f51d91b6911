// GET /api/health: whether the collector is up; counts only for a caller with a valid token.
import { z } from 'zod';

export const healthAnswerSchema = z.object({
  ok: z.boolean(),
  /** The collector's version (package.json). */
  version: z.string().optional(),
  /** Stored mentions; only told to a caller with a valid token. */
  mentions: z.number().int().nonnegative().optional(),
});
export type HealthAnswer = z.infer<typeof healthAnswerSchema>;
