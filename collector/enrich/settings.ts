// The config's `enrichment` section, and the process-wide setting it becomes: one config per process, so
// the pipeline, `vigia analyze` and POST /api/analyze read it here instead of passing it through every layer.
import { z } from 'zod';

export const enrichmentSettingsSchema = z
  .strictObject({
    /** "on": the trained sentiment model decides with the cues and the star rating; "off": the cues alone
     * (for installations whose use the model's training terms do not cover). @default "on" */
    model: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on'),
    /** Threads that enrich large batches (0: every text on the main thread); VIGIA_ENRICH_WORKERS overrides. @default the cores (os.availableParallelism()) */
    workers: z.number({ error: 'must be a whole number, 0 to 64' }).int({ error: 'must be a whole number, 0 to 64' }).min(0, { error: 'must be a whole number, 0 to 64' }).max(64, { error: 'must be a whole number, 0 to 64' }).optional(),
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
