// The config's `enrichment` section, and the process-wide setting it becomes: one config per process, so
// the pipeline, `vigia analyze` and POST /api/analyze read it here instead of passing it through every layer.
import { z } from 'zod';

export const enrichmentSettingsSchema = z
  .strictObject({
    /** "on": the trained sentiment model decides with the cues and the star rating; "off": the cues alone
     * (for installations whose use the model's training terms do not cover). @default "on" */
    model: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on'),
  })
  .prefault({});
export type EnrichmentSettings = z.infer<typeof enrichmentSettingsSchema>;

let current: EnrichmentSettings = enrichmentSettingsSchema.parse(undefined);

/** Apply the config's enrichment settings to every analysis this process runs from now on. */
export function configureEnrichment(settings: EnrichmentSettings): void {
  current = { ...settings };
}

/** The enrichment settings in force. */
export const enrichmentSettings = (): Readonly<EnrichmentSettings> => current;
