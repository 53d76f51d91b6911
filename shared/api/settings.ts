// GET /api/settings: what the collector's config tells the extension about how to show mentions — today
// the triage clock (the response limit, and the business hours it counts in when set).
import { z } from 'zod';
import { businessHoursSchema } from '../time/business-hours.ts';

export const triageClockSchema = z.object({
  /** Hours a mention may wait for a first response (the 48 h rule). */
  responseHours: z.number().positive(),
  /** When set, those hours are counted in business hours only (config `triage.businessHours`). */
  businessHours: businessHoursSchema.optional(),
});
export type TriageClock = z.infer<typeof triageClockSchema>;

export const settingsAnswerSchema = z.object({ triage: triageClockSchema });
export type SettingsAnswer = z.infer<typeof settingsAnswerSchema>;
