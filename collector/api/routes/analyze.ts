// POST /api/analyze: language, sentiment, moment and stage for a batch of texts (the extension scores
// posts it meets on social pages with it). Nothing is stored.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { analyzeText } from '../../enrich/analyze.ts';
import { ratingFromInput } from '../../enrich/rating.ts';

const textInput = z.object({
  text: z.string().max(100_000),
  title: z.string().max(2_000).optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code like "es"').optional(),
  /** 0–1, or stars out of 5 when above 1 (exactly 1 is ambiguous: the text decides). */
  rating: z.number().min(0).max(5).optional(),
  /** Stars 1–5, unambiguous. */
  stars: z.number().min(1).max(5).optional(),
  platform: z.string().max(64).optional(),
});

export const analyzeBody = z.union([
  z.object({ texts: z.array(textInput).min(1, 'give at least one text').max(1000, 'at most 1000 texts per request') }).strict(),
  textInput.strict().transform((t) => ({ texts: [t] })),
]);

export function analyzeRoutes(app: FastifyInstance): void {
  app.post('/api/analyze', { bodyLimit: 20 * 1024 * 1024 }, async (request) => {
    const { texts } = analyzeBody.parse(request.body ?? {});
    return {
      results: texts.map((t) => analyzeText({ text: t.text, title: t.title, lang: t.lang, rating: ratingFromInput(t.rating, t.stars), platform: t.platform })),
    };
  });
}
