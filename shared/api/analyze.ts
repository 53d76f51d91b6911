// POST /api/analyze: language, sentiment, moment and stage for texts, nothing stored. The limits keep one
// request from holding the collector: it scores a batch in slices and answers other requests between them.
import { z } from 'zod';
import { sentimentSchema, urgencySchema } from '../mention.ts';
import { mentionAspectSchema } from '../aspects/aspect-ids.ts';
import { momentSchema, stageSchema } from '../moment-of-truth.ts';

/** What one request may hold; beyond them the answer is 400 (texts, a text) or 413 (the body). */
export const ANALYZE_LIMITS = {
  /** Texts per request. */
  texts: 1000,
  /** UTF-8 bytes of one text (the scorer reads the first 20 000 characters anyway). */
  textBytes: 40_000,
  /** UTF-8 bytes of the whole JSON body (the extension's batches of 50 texts of 4000 characters fit five times). */
  bodyBytes: 1024 * 1024,
} as const;

/** UTF-8 length of a string, without encoding it. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const analyzeTextSchema = z
  .object({
    text: z.string().refine((s) => utf8Bytes(s) <= ANALYZE_LIMITS.textBytes, `at most ${ANALYZE_LIMITS.textBytes} bytes (UTF-8) per text`),
    title: z.string().max(2_000).optional(),
    /** ISO 639-1 code when the page or source states it; detected otherwise. */
    lang: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code like "es"').optional(),
    /** 0–1, or stars out of 5 when above 1 (exactly 1 is ambiguous: the text decides). */
    rating: z.number().min(0).max(5).optional(),
    /** Stars 1–5, unambiguous. */
    stars: z.number().min(1).max(5).optional(),
    platform: z.string().max(64).optional(),
  })
  .strict();
/** One text as the request carries it. */
export type AnalyzeText = z.input<typeof analyzeTextSchema>;

const textList = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, 'give at least one text').max(ANALYZE_LIMITS.texts, `at most ${ANALYZE_LIMITS.texts} texts per request`);

/** The batch's envelope alone: 1–1000 texts, each still to be checked with analyzeTextSchema. */
export const analyzeEnvelopeSchema = z.object({ texts: textList(z.unknown()) }).strict();

/** The whole batch, every text checked. */
export const analyzeBatchSchema = z.object({ texts: textList(analyzeTextSchema) }).strict();
/** The documented body: `{texts: [...]}`. */
export type AnalyzeBody = z.input<typeof analyzeBatchSchema>;

/** A body as the collector reads it: a batch, or one text object alone (read as a batch of one). */
export const asBatch = (body: unknown): unknown => (body && typeof body === 'object' && !Array.isArray(body) && !('texts' in body) ? { texts: [body] } : body);

/** The body of POST /api/analyze. The collector checks the envelope first and the texts in slices (same rules). */
export const analyzeBodySchema = z.preprocess(asBatch, analyzeBatchSchema);

/** The reading of one text. */
export const analysisSchema = z.object({
  /** ISO 639-1 code, or "und". */
  lang: z.string(),
  sentiment: sentimentSchema,
  moment: momentSchema.optional(),
  stage: stageSchema.optional(),
  /** How soon a person should answer (absent from collectors older than urgency). */
  urgency: urgencySchema.optional(),
  /** What the text talks about, each aspect with its own sentiment (absent from collectors older than aspects). */
  aspects: z.array(mentionAspectSchema).optional(),
  /** Why each part came out as it did. */
  why: z.array(z.string()).optional(),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** One result per text, in the order sent. */
export const analyzeAnswerSchema = z.object({ results: z.array(analysisSchema) });
export type AnalyzeAnswer = z.infer<typeof analyzeAnswerSchema>;
