// vigia.config.json: brands to watch and sources to collect, validated with one clear message per bad field.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseBrandQuery, BrandQueryError } from '../shared/brand-query/index.ts';
import { ConfigError } from './errors.ts';
import { parseDuration } from './duration.ts';
import { sourceAdapter, sourceAdapterIds } from './sources/registry.ts';
import { alertSettingsSchema } from './alerts/alert-settings.ts';
import { configureEnrichment, enrichmentSettingsSchema } from './enrich/settings.ts';

const brandSchema = z.object({
  /** Shown in the UI and stored on each match. */
  name: z.string().trim().min(1, 'must not be empty'),
  /** Brand query: words, "phrases", AND/OR/NOT, (), -exclusions… (see README). */
  query: z.string().trim().min(1, 'must not be empty'),
});

const sourceSchema = z
  .object({
    /** Unique, stable id (lowercase letters, digits, dashes): it names the source in the store and API. */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_"'),
    /** Which adapter collects it: "rss", … (see README). */
    kind: z.string(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    /** How often to collect: "30s", "5m", "1h"… @default "15m" */
    every: z.string().default('15m'),
    /** @default true */
    enabled: z.boolean().default(true),
    /** Overrides the platform told from each item's URL (e.g. "reddit"). */
    platform: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, 'must be a lowercase platform id').optional(),
    /** Request timeout in milliseconds. @default 15000 */
    timeoutMs: z.number().int().min(100).max(300_000).default(15_000),
  })
  .loose();

export const configSchema = z.object({
  brands: z.array(brandSchema).min(1, 'list at least one brand'),
  sources: z.array(sourceSchema).default([]),
  api: apiSettingsSchema(),
  collector: collectorSettingsSchema(),
  /** Spike and high-priority alerts, and the webhooks they are posted to (see collector/alerts). */
  alerts: alertSettingsSchema,
  /** How long personal data is kept. */
  retention: z
    .object({
      /** CRM touchpoints older than this many days are deleted (on start, then daily); absent keeps them. */
      touchpointDays: z.number().int().min(1, 'must be at least 1 day').max(36_500).optional(),
    })
    .prefault({}),
  /** How mentions are read: `model: "off"` leaves sentiment to the cues alone (see collector/enrich/settings.ts). */
  enrichment: enrichmentSettingsSchema,
});
export type VigiaConfig = z.infer<typeof configSchema>;

function apiSettingsSchema() {
  return z
    .object({
      /** @default 8787 */
      port: z.number().int().min(0).max(65535).default(8787),
      /** @default "127.0.0.1" */
      host: z.string().default('127.0.0.1'),
      /** Extra origins admitted by CORS (e.g. a Firefox install's moz-extension://UUID). */
      allowedOrigins: z.array(z.string().regex(/^[a-z-]+:\/\/[^/]+$/, 'must be an origin like moz-extension://id')).default([]),
    })
    .prefault({});
}

function collectorSettingsSchema() {
  return z
    .object({
      /** Identifies Vigía to the sites it reads. */
      userAgent: z.string().min(1).default('Vigia/0.1 (+https://github.com/vigia-cx/vigia)'),
      /** Largest response body read, in bytes. @default 10485760 */
      maxBodyBytes: z.number().int().min(1024).default(10 * 1024 * 1024),
    })
    .prefault({});
}

export type ApiSettings = VigiaConfig['api'];
export type CollectorSettings = VigiaConfig['collector'];
/** Settings used when no config file is given (serve, fetch). */
export const defaultApiSettings = (): ApiSettings => apiSettingsSchema().parse(undefined);
export const defaultCollectorSettings = (): CollectorSettings => collectorSettingsSchema().parse(undefined);
export type SourceConfig = VigiaConfig['sources'][number];
export type BrandConfig = VigiaConfig['brands'][number];

const pathOf = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';

/** Validates a parsed config object; throws ConfigError listing every bad field. */
export function validateConfig(input: unknown, origin = 'config'): VigiaConfig {
  const parsed = configSchema.safeParse(input);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${pathOf(i.path)}: ${i.message}`);
  if (parsed.success) {
    const adapters = sourceAdapterIds();
    const seen = new Set<string>();
    parsed.data.brands.forEach((brand, i) => {
      try {
        parseBrandQuery(brand.query);
      } catch (error) {
        if (!(error instanceof BrandQueryError)) throw error;
        problems.push(`brands[${i}].query: ${error.message}`);
      }
    });
    parsed.data.sources.forEach((source, i) => {
      if (!adapters.includes(source.kind)) problems.push(`sources[${i}].kind: unknown kind "${source.kind}" (known: ${adapters.join(', ')})`);
      // The adapter's own fields (loose in the common schema) are checked now, not at the first fetch.
      const options = sourceAdapter(source.kind)?.options?.safeParse(source);
      for (const issue of options?.success === false ? options.error.issues : []) problems.push(`sources[${i}].${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      if (parseDuration(source.every) === undefined) problems.push(`sources[${i}].every: "${source.every}" is not a duration like "30s", "5m", "1h"`);
      if (seen.has(source.id)) problems.push(`sources[${i}].id: "${source.id}" is used twice`);
      seen.add(source.id);
    });
  }
  if (problems.length || !parsed.success) throw new ConfigError(`${origin} is invalid`, problems);
  return parsed.data;
}

/** Reads and validates a JSON config file. */
export async function loadConfig(path: string): Promise<VigiaConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? `${path} not found (create it, or pass --config FILE)` : `cannot read ${path}: ${code ?? String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const config = validateConfig(json, path);
  configureEnrichment(config.enrichment); // one config per process: every analysis from now on follows it
  return config;
}
