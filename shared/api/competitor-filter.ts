// `?competitor=` on GET /api/mentions: a social-media manager triaging our complaints hides the mentions about
// competitors only (`false`); marketing watching them shows only those (`true`); absent lists both, as before.
import { z } from 'zod';

export const competitorFilterQuerySchema = z.object({
  /**
   * `true`: only mentions about competitors (every brand they matched is `brands[].competitor`);
   * `false`: leave those out. A mention of ours and a competitor's is ours. @default both
   */
  competitor: z
    .enum(['true', 'false'], { error: 'competitor must be "true" or "false"' })
    .transform((v) => v === 'true')
    .optional(),
});
export type CompetitorFilterQuery = z.input<typeof competitorFilterQuerySchema>;
