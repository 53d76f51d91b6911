// GET /api/mentions (listing and change feed), GET /api/mentions/:id and PATCH /api/mentions/:id/triage.
import { z } from 'zod';
import { mentionSchema, sentimentLabelSchema, triageStatusSchema, urgencySchema, type Mention } from '../mention.ts';
import { momentSchema } from '../moment-of-truth.ts';
import { aspectIdSchema } from '../aspects/aspect-ids.ts';

/** A mention as the API sends it: the shared domain type, unchanged. */
export const mentionAnswerSchema = mentionSchema satisfies z.ZodType<Mention, unknown>;

export const mentionListQuerySchema = z.object({
  /** A cursor from `cursor` or `next`, `0` for the beginning of the change feed, or an ISO date. */
  since: z.string().max(500).optional(),
  /** @default 50 */
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** Words in title, text or author (case- and accent-insensitive). */
  q: z.string().trim().max(200).optional(),
  sentiment: z.union([sentimentLabelSchema, z.literal('unscored')]).optional(),
  platform: z.string().max(64).optional(),
  moment: momentSchema.optional(),
  urgency: urgencySchema.optional(),
  /** Mentions naming this aspect (price, billing, delivery…, or a brand's own id). */
  aspect: aspectIdSchema.optional(),
  status: triageStatusSchema.optional(),
  /** An author handle, normalised like shared/author-handle.ts. */
  author: z.string().max(300).optional(),
});
export type MentionListQuery = z.input<typeof mentionListQuerySchema>;

/** One page. Items are checked one by one by clients (a bad one is dropped, not the page). */
export const mentionPageSchema = z.object({
  items: z.array(z.unknown()),
  /** Pass back as `since` for the next page; null when there is none. */
  next: z.string().nullable(),
  /** The change-feed position after this page (store it, pass it as `since` later). */
  cursor: z.string(),
});
/** The page as the collector writes it (every item a Mention). */
export type MentionPage = Omit<z.infer<typeof mentionPageSchema>, 'items'> & { items: Mention[] };

export const triageBodySchema = z
  .object({
    status: triageStatusSchema.optional(),
    /** Who handles it; null unassigns. */
    assignee: z.string().trim().min(1).max(200).nullable().optional(),
    /** When the user made the edit (offline queues send the original time); older edits lose field-wise. */
    updatedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((b) => b.status !== undefined || b.assignee !== undefined, 'give "status" and/or "assignee"');
/** Body of PATCH /api/mentions/:id/triage. */
export type TriageBody = z.input<typeof triageBodySchema>;
