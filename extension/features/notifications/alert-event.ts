// The collector's alerts as the stream sends them (collector/alerts/alert.ts), validated at the edge: a
// high-priority negative mention, or a brand's negative spike in one hour.
import { z } from 'zod';

export const alertEventSchema = z.object({
  /** "mention:<mention id>" or "spike:<brand>:<hour start>". */
  id: z.string().min(1),
  kind: z.enum(['spike', 'mention']),
  raisedAt: z.string(),
  brand: z.string().optional(),
  priority: z.number(),
  summary: z.string(),
  mention: z.object({ id: z.string(), platform: z.string(), title: z.string().optional(), text: z.string(), priority: z.number() }).optional(),
  spike: z.object({ hourStart: z.string(), count: z.number(), baseline: z.number(), threshold: z.number() }).optional(),
});
/** One alert from the stream. */
export type AlertEvent = z.infer<typeof alertEventSchema>;
