// Config `triage`: how the inbox's response clock runs. `businessHours` makes the 48 h count in opening
// hours only (a post on Friday evening starts its clock on Monday morning); see shared/time/.
import { z } from 'zod';
import { businessHoursSchema } from '../shared/time/business-hours.ts';

export const triageSettingsSchema = z
  .object({
    /** Opening hours the 48 h response limit is counted in; absent: around the clock. */
    businessHours: businessHoursSchema.optional(),
  })
  .prefault({});
export type TriageSettings = z.infer<typeof triageSettingsSchema>;
