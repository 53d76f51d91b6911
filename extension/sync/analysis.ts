// POST /api/analyze as the extension uses it: the texts of posts met on social pages, scored by the
// collector (language, sentiment, moment of truth, journey stage). The shapes are the contract's (shared/api).
import type { AnalyzeBody, AnalyzeText } from '../../shared/api/analyze.ts';

export { analysisSchema, analyzeAnswerSchema, type Analysis } from '../../shared/api/analyze.ts';

/**
 * One text to score, with what the page says about it: the API's text fields, and a `rating` on the 0–1
 * scale (5 stars of 5 → 1), which travels as stars.
 */
export type AnalyzeInput = Pick<AnalyzeText, 'text' | 'title' | 'lang' | 'platform'> & { rating?: number };

/** Longest text sent, in characters: sentiment does not need more, and requests stay small. @default 4000 */
export const ANALYZE_MAX_CHARS = 4000;

/** The request body for a batch (texts cut to ANALYZE_MAX_CHARS, empty fields left out); a rating travels as stars (1–5), which the API reads without doubt. */
export function toAnalyzeBody(inputs: AnalyzeInput[]): AnalyzeBody {
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
