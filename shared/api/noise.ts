// The noise-control API: mute rules (GET/POST /api/mutes, DELETE /api/mutes/:id), "not about us" on a mention,
// and the query exclusions it suggests (POST /api/exclusions to accept one, DELETE to take it back).
import { z } from 'zod';
import { mentionSchema } from '../mention.ts';
import { exclusionSuggestionSchema, exclusionTextSchema } from '../mutes/exclusion-suggestion.ts';
import { muteValueProblem } from '../mutes/mute-match.ts';
import { muteKindSchema, muteRuleSchema, queryExclusionSchema } from '../mutes/mute-rule.ts';

const brandName = z.string().trim().min(1, 'must not be empty').max(200);

export const muteBodySchema = z
  .object({ brand: brandName, kind: muteKindSchema, value: z.string() })
  .superRefine((body, ctx) => {
    const problem = muteValueProblem(body.kind, body.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  })
  .transform((body) => ({ ...body, value: body.value.trim() }));
export type MuteBody = z.input<typeof muteBodySchema>;

export const muteAddedAnswerSchema = z.object({
  rule: muteRuleSchema,
  /** False when the same rule was already there. */
  created: z.boolean(),
  /** Stored mentions it hid now. */
  hidden: z.number().int(),
});
export type MuteAddedAnswer = z.infer<typeof muteAddedAnswerSchema>;

export const muteRemovedAnswerSchema = z.object({ rule: muteRuleSchema, shown: z.number().int() });
export type MuteRemovedAnswer = z.infer<typeof muteRemovedAnswerSchema>;

export const noiseAnswerSchema = z.object({
  mutes: z.array(muteRuleSchema),
  exclusions: z.array(queryExclusionSchema),
  /** Exclusions learned from mentions marked "not about us", for a person to accept. */
  suggestions: z.array(exclusionSuggestionSchema),
});
export type NoiseAnswer = z.infer<typeof noiseAnswerSchema>;

export const notAboutUsBodySchema = z.object({
  /** Which of the mention's brands it is not about. @default its first */
  brand: brandName.optional(),
});

export const notAboutUsAnswerSchema = z.object({
  mention: mentionSchema,
  /** The exclusion that would have kept it out of the brand's query, when one is found. */
  suggestion: z.string().optional(),
});
export type NotAboutUsAnswer = z.infer<typeof notAboutUsAnswerSchema>;

export const exclusionBodySchema = z.object({ brand: brandName, exclusion: exclusionTextSchema });
export type ExclusionBody = z.input<typeof exclusionBodySchema>;
export const exclusionAnswerSchema = queryExclusionSchema;
export const exclusionRemovedAnswerSchema = z.object({ removed: z.literal(true) });
