// The aspects Vigía ships (what a mention talks about: price, billing, delivery, staff…) and the shape of
// an aspect as a mention carries it. Brands may add their own ids in the config (`brands[].aspects`).
import { z } from 'zod';

/** The shipped aspects, in the order dashboards list them; `other` is a polar opinion about none of them. */
export const SHIPPED_ASPECTS = [
  'price',
  'billing',
  'refund',
  'delivery',
  'product',
  'service-outage',
  'support',
  'staff',
  'app-website',
  'booking',
  'delay',
  'baggage',
  'returns',
  'installation',
  'other',
] as const;
export type ShippedAspect = (typeof SHIPPED_ASPECTS)[number];

/** An aspect id: a shipped one or a brand's own ("wifi-onboard"): lowercase letters, digits and dashes. */
export const aspectIdSchema = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'an aspect id: lowercase letters, digits and dashes, e.g. "wifi-onboard"').max(40);
export type AspectId = z.infer<typeof aspectIdSchema>;

export const isShippedAspect = (id: string): id is ShippedAspect => (SHIPPED_ASPECTS as readonly string[]).includes(id);

/** The author's opinion of one aspect: the labels of mention sentiment (neutral: named without an opinion). */
export const aspectSentimentSchema = z.enum(['negative', 'neutral', 'positive']);
export type AspectSentiment = z.infer<typeof aspectSentimentSchema>;

/** One aspect a mention talks about, with the author's opinion of it. */
export const mentionAspectSchema = z.object({
  aspect: aspectIdSchema,
  /** Read from the clause that names the aspect, not from the whole post ("lovely crew, lost my bag"). */
  sentiment: aspectSentimentSchema,
  /** The words that named it, as written ("lost my bag" → "bag"); absent for `other`. */
  cue: z.string().max(120).optional(),
});
export type MentionAspect = z.infer<typeof mentionAspectSchema>;
