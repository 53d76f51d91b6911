// vigia.config.json: brands to watch and sources to collect, validated in one round: every bad field and
// every unknown key (config-keys.ts) is reported at once, one line each.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseBrandQuery, BrandQueryError } from '../shared/brand-query/index.ts';
import { ConfigError } from './errors.ts';
import { MAX_EVERY_MS, parseDuration } from './duration.ts';
import { findUnknownKeys, shapeOf, type KeyProblem } from './config-keys.ts';
import { sourceAdapter, sourceAdapterIds } from './sources/kit/registry.ts';
import { alertSettingsSchema } from './alerts/alert-settings.ts';
import { helpdesksSchema } from './tickets/helpdesk-config.ts';
import { triageSettingsSchema } from './triage-settings.ts';
import { reportSettingsSchema } from './reports/digest-settings.ts';
import { replyAccountsConfigSchema, replyTemplatesConfigSchema } from './replies/reply-config.ts';
import { brandMuteConfigSchema } from './mutes/mute-config.ts';
import { configureEnrichment, enrichmentSettingsSchema } from './enrich/settings.ts';
import { brandAspectsSchema } from '../shared/aspects/aspect-taxonomy.ts';
import { configureBrandAspects } from './aspects/brand-aspects.ts';

/** The longest `sources[].every`: what the scheduler honours (a week). A source read less often is better left disabled. */
export const MAX_SOURCE_EVERY_MS = MAX_EVERY_MS;
/** The shortest `sources[].every`: a second. */
export const MIN_SOURCE_EVERY_MS = 1000;
/** The largest `collector.maxBodyBytes`: 100 MiB, far above any feed or page. */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

const brandQuery = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((query, ctx) => {
    try {
      parseBrandQuery(query);
    } catch (error) {
      if (!(error instanceof BrandQueryError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
    }
  });

const every = z
  .string()
  .default('15m')
  .superRefine((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === undefined) ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration like "30s", "5m", "1h"` });
    else if (ms > MAX_SOURCE_EVERY_MS) ctx.addIssue({ code: 'custom', message: `"${text}" is longer than the longest interval, 7 days ("7d")` });
    else if (ms < MIN_SOURCE_EVERY_MS) ctx.addIssue({ code: 'custom', message: `"${text}" is shorter than the shortest interval, 1 second` });
  });

const brandSchema = z.object({
  /** Shown in the UI and stored on each match. */
  name: z.string().trim().min(1, 'must not be empty'),
  /** Brand query: words, "phrases", AND/OR/NOT, (), -exclusions… (see README). */
  query: brandQuery,
  /** Reply templates in Spanish and English with {author}, {link}… (see README). */
  replies: replyTemplatesConfigSchema.optional(),
  /** Accounts the collector posts replies as (Mastodon, Bluesky); credentials come from the environment. */
  replyAccounts: replyAccountsConfigSchema.optional(),
  /** Authors, sources and phrases whose mentions are stored but hidden (and never alert). */
  mute: brandMuteConfigSchema.optional(),
  /** A competitor: collected like any brand and compared (share of voice), but its complaints never alert nor raise urgency. @default false */
  competitor: z.boolean().optional(),
  /** Aspect id → the brand's own terms: more terms for a shipped aspect, or a new aspect (see README "Aspects"). */
  aspects: brandAspectsSchema.optional(),
});

const sourceSchema = z
  .object({
    /** Unique, stable id (lowercase letters, digits, dashes): it names the source in the store and API. */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_"'),
    /** Which adapter collects it: "rss", … (see README). */
    kind: z.string(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    /** How often to collect: "30s", "5m", "1h"… up to "7d". @default "15m" */
    every,
    /** @default true */
    enabled: z.boolean().default(true),
    /** Overrides the platform told from each item's URL (e.g. "reddit"). */
    platform: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, 'must be a lowercase platform id').optional(),
    /** Request timeout in milliseconds. @default 15000 */
    timeoutMs: z.number().int().min(100).max(300_000).default(15_000),
    /** A brand's `name`: every item is about that brand (its own review page), unless its query excludes it. */
    brand: z.string().trim().min(1, 'must not be empty').optional(),
    /** Honour the site's robots.txt (false: the operator takes responsibility). @default true */
    robots: z.boolean().optional(),
  })
  // The adapter's own fields (its `options` schema) are allowed too; config-keys.ts checks them by kind.
  .loose();

export const configSchema = z.object({
  brands: z.array(brandSchema).min(1, 'list at least one brand'),
  sources: z.array(sourceSchema).default([]),
  api: apiSettingsSchema(),
  collector: collectorSettingsSchema(),
  /** Spike and high-priority alerts, and the webhooks they are posted to (see collector/alerts). */
  alerts: alertSettingsSchema,
  /** Helpdesks tickets are opened in from mentions, credentials named by environment variable (collector/tickets/README.md). */
  helpdesks: helpdesksSchema,
  /** How long personal data is kept. */
  retention: z
    .object({
      /** CRM touchpoints older than this many days are deleted (on start, then daily); absent keeps them. */
      touchpointDays: z.number().int().min(1, 'must be at least 1 day').max(36_500).optional(),
    })
    .prefault({}),
  /** The inbox's response clock: business hours the 48 h limit is counted in (collector/triage-settings.ts). */
  triage: triageSettingsSchema,
  /** How mentions are read: `model: "off"` leaves sentiment to the cues alone (see collector/enrich/settings.ts). */
  enrichment: enrichmentSettingsSchema,
  /** The weekly digest posted to the alert webhooks (collector/reports/digest-settings.ts). */
  reports: reportSettingsSchema,
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
      /** Host names the API answers to besides localhost, 127.0.0.1, [::1] and `host` (DNS-rebinding guard); "*" for any. */
      allowedHosts: z.array(z.string().regex(/^(\*|[a-z0-9.:[\]-]+)$/i, 'must be a host name or address, or "*"')).default([]),
    })
    .prefault({});
}

function collectorSettingsSchema() {
  return z
    .object({
      /** Identifies Vigía to the sites it reads: one line of printable ASCII (it is an HTTP header). */
      userAgent: z
        .string()
        .regex(/^[\x20-\x7e]+$/, 'must be one line of printable ASCII: no line breaks, control or non-ASCII characters')
        .default('Vigia/0.1 (+https://github.com/vigia-cx/vigia)'),
      /** Largest response body read, in bytes (1 KiB to 100 MiB). @default 10485760 */
      maxBodyBytes: z.number().int().min(1024).max(MAX_BODY_BYTES, `must be at most ${MAX_BODY_BYTES} (100 MiB)`).default(10 * 1024 * 1024),
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

/** The adapter's own fields of a source entry, for the unknown-key check. */
function adapterKeys(path: (string | number)[], value: Record<string, unknown>) {
  if (path.length !== 2 || path[0] !== 'sources' || typeof value.kind !== 'string') return undefined;
  const adapter = sourceAdapter(value.kind);
  // An unknown kind is reported on its own; its other keys cannot be judged.
  if (!adapter) return undefined;
  return adapter.options ? (shapeOf(adapter.options) ?? {}) : {};
}

/** What zod cannot see from one field: each source's kind and adapter fields, and ids used twice. */
function sourceProblems(sources: unknown): KeyProblem[] {
  if (!Array.isArray(sources)) return [];
  const problems: KeyProblem[] = [];
  const adapters = sourceAdapterIds();
  const seen = new Set<unknown>();
  sources.forEach((source: unknown, i) => {
    if (typeof source !== 'object' || source === null) return;
    const { kind, id } = source as Record<string, unknown>;
    if (typeof kind === 'string' && !adapters.includes(kind)) problems.push({ path: ['sources', i, 'kind'], message: `unknown kind "${kind}" (known: ${adapters.join(', ')})` });
    // The adapter's own fields are checked now, not at the first fetch.
    const options = typeof kind === 'string' ? sourceAdapter(kind)?.options?.safeParse(source) : undefined;
    for (const issue of options?.success === false ? options.error.issues : []) {
      problems.push({ path: ['sources', i, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: issue.message });
    }
    if (typeof id === 'string' && seen.has(id)) problems.push({ path: ['sources', i, 'id'], message: `"${id}" is used twice` });
    seen.add(id);
  });
  return problems;
}

/** Validates a parsed config object; throws ConfigError listing every bad field and unknown key at once. */
export function validateConfig(input: unknown, origin = 'config'): VigiaConfig {
  const parsed = configSchema.safeParse(input);
  const problems: KeyProblem[] = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }))),
    ...sourceProblems(typeof input === 'object' && input !== null ? (input as Record<string, unknown>).sources : undefined),
    ...findUnknownKeys(configSchema, input, [], adapterKeys),
  ];
  if (parsed.success) {
    parsed.data.sources.forEach((source, i) => {
      if (source.brand !== undefined && !parsed.data.brands.some((b) => b.name === source.brand)) {
        problems.push({ path: ['sources', i, 'brand'], message: `"${source.brand}" is not the name of a brand (${parsed.data.brands.map((b) => `"${b.name}"`).join(', ')})` });
      }
    });
  }
  if (problems.length || !parsed.success) throw new ConfigError(`${origin} is invalid`, problems.map((p) => `${pathOf(p.path)}: ${p.message}`));
  return parsed.data;
}

/** Reads and validates a JSON config file (UTF-8, with or without a byte-order mark). */
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
    // Windows editors save "UTF-8" with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const config = validateConfig(json, path);
  configureEnrichment(config.enrichment); // one config per process: every analysis from now on follows it
  configureBrandAspects(config.brands);
  return config;
}
