// Pieces every route schema of the API uses: instants in queries, optional answer fields, the error body.
import { z } from 'zod';

/** An ISO date ("2026-11-01") or date-time with a zone in a query, read as a UTC instant. */
export const instantParam = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((s) => new Date(s).toISOString());

/**
 * An optional field of an answer. JSON has no `undefined`, so `null` is accepted and read as absent
 * (an answer from another implementation may write either).
 */
export const maybe = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? undefined : v), schema.optional());

/** Text in a query or body: trimmed, not empty, at most `max` characters. */
export const textParam = (max: number) => z.string().trim().min(1).max(max);

/** Every error answer: 400 (with the bad fields), 401, 404, 413, 421, 500. */
export const errorAnswerSchema = z.object({
  error: z.string(),
  /** The fields that were wrong: `path` as dotted keys ("texts.3.text"), or "(body)". */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;
