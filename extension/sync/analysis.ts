// POST /api/analyze as the extension uses it: the texts of posts met on social pages, scored by the
// collector (language, sentiment, moment of truth, journey stage), validated at the edge.
import { z } from 'zod';
import { sentimentSchema, urgencySchema } from '../../shared/mention.ts';
import { momentSchema, stageSchema } from '../../shared/moment-of-truth.ts';

/** One text to score, with what the page says about it. */
export interface AnalyzeInput {
  text: string;
  title?: string;
  /** ISO 639-1 code when the page declares it. */
  lang?: string;
  /** 0–1 (5 stars of 5 → 1). */
  rating?: number;
  platform?: string;
}

export const analysisSchema = z.object({
  lang: z.string(),
  sentiment: sentimentSchema,
  moment: momentSchema.optional(),
  stage: stageSchema.optional(),
  /** Absent from collectors older than urgency. */
  urgency: urgencySchema.optional(),
  why: z.array(z.string()).optional(),
});
/** The collector's reading of one text. */
export type Analysis = z.infer<typeof analysisSchema>;

export const analyzeResponseSchema = z.object({ results: z.array(analysisSchema) });

/** Longest text sent, in characters: sentiment does not need more, and requests stay small. @default 4000 */
export const ANALYZE_MAX_CHARS = 4000;

/** One text as POST /api/analyze takes it; a rating travels as stars (1–5), which the API reads without doubt. */
export type AnalyzeText = Omit<AnalyzeInput, 'rating'> & { stars?: number };

/** The request body for a batch (texts cut to ANALYZE_MAX_CHARS, empty fields left out). */
export function toAnalyzeBody(inputs: AnalyzeInput[]): { texts: AnalyzeText[] } {
  return {
    texts: inputs.map((input) => {
      const text: AnalyzeText = { text: input.text.slice(0, ANALYZE_MAX_CHARS) };
      if (input.title) text.title = input.title.slice(0, 500);
      if (input.lang && /^[a-z]{2,3}$/.test(input.lang)) text.lang = input.lang;
      if (input.rating !== undefined && input.rating >= 0 && input.rating <= 1) text.stars = 1 + input.rating * 4;
      if (input.platform) text.platform = input.platform;
      return text;
    }),
  };
}
