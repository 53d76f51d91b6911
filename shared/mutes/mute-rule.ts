// Noise control's vocabulary: a mute rule (an author, a source or a phrase a brand does not want to see) and
// the mark a hidden mention carries — muted by a rule, or marked "not about us" by a person.
import { z } from 'zod';

/** What a rule mutes: an author (handle or display name), a source (its id or a web host), or a phrase. */
export const MUTE_KINDS = ['author', 'source', 'phrase'] as const;
export const muteKindSchema = z.enum(MUTE_KINDS);
export type MuteKind = z.infer<typeof muteKindSchema>;

/** The longest value a rule may hold (a phrase of a few words, a handle, a host). */
export const MAX_MUTE_VALUE = 200;

export const muteRuleSchema = z.object({
  /** Stable id: "config:<brand>:<kind>:<key>" for the config file's rules, a random id for rules made by people. */
  id: z.string(),
  /** The brand's `name`: the rule hides this brand's mentions only. */
  brand: z.string(),
  kind: muteKindSchema,
  /** As written by whoever made it ("@spam_bot", "clickbait.example", "kestrel falcon"). */
  value: z.string(),
  /** Who made it: a token's name, or "config" for `brands[].mute` in the config file (which only the file changes). */
  by: z.string(),
  /** When it was made (ISO 8601); for config rules, when the collector first read them. */
  at: z.string(),
});
export type MuteRule = z.infer<typeof muteRuleSchema>;

/** Why a mention is hidden: a mute rule, or a person saying it is not about the brand at all. */
export const mutedReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule'), ruleId: z.string(), brand: z.string(), muteKind: muteKindSchema, value: z.string() }),
  z.object({ kind: z.literal('not-about-us'), brand: z.string() }),
]);
export type MutedReason = z.infer<typeof mutedReasonSchema>;

export const mutedSchema = z.object({
  /** Who hid it: the rule's maker ("config" for the config file), or the person who said "not about us". */
  by: z.string(),
  /** What hid it. */
  rule: mutedReasonSchema,
  /** When it was hidden (ISO 8601). */
  at: z.string(),
});
export type Muted = z.infer<typeof mutedSchema>;

/** A brand-query exclusion a person accepted for a brand, applied at ingest on top of the config's query. */
export const queryExclusionSchema = z.object({
  id: z.string(),
  brand: z.string(),
  /** In the brand-query language, e.g. `-"kestrel falcon"`. */
  exclusion: z.string(),
  /** Who accepted it (a token's name). */
  by: z.string(),
  /** When (ISO 8601). */
  at: z.string(),
});
export type QueryExclusion = z.infer<typeof queryExclusionSchema>;
