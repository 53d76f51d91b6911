// The collector's alerts as the stream sends them (shared/api/alerts.ts), validated at the edge: a
// high-priority negative mention, or a brand's negative spike in one hour. Notifications read only part of
// an alert, so only that part must be there.
import type { z } from 'zod';
import { alertMentionSchema, alertSchema, alertSpikeSchema } from '../../../shared/api/alerts.ts';

export const alertEventSchema = alertSchema.extend({
  mention: alertMentionSchema.pick({ id: true, platform: true, title: true, text: true, priority: true }).optional(),
  spike: alertSpikeSchema.omit({ mentionIds: true }).optional(),
});
/** One alert from the stream. */
export type AlertEvent = z.infer<typeof alertEventSchema>;
