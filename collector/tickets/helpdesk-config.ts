// The `helpdesks` section of vigia.config.json: where tickets are opened, with credentials named by
// environment variable (never written in the file), validated per vendor in one round like sources are.
import { z } from 'zod';
import { parseDuration } from '../duration.ts';
import { helpdeskBaseSchema, type AnyConnector, type HelpdeskBase } from './define-connector.ts';
import { connectorFor, connectorVendors } from './registry.ts';

/** One entry as the config gives it: the common fields, and the vendor's own (checked by its connector). */
export const helpdeskEntrySchema = helpdeskBaseSchema.loose();

/** The vendor's full schema for an entry: common fields plus its options, nothing else. */
const entrySchemaOf = (connector: AnyConnector) => helpdeskBaseSchema.extend(connector.options).strict();

export const helpdesksSchema = z
  .array(helpdeskEntrySchema)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      const connector = connectorFor(entry.vendor);
      if (!connector) ctx.addIssue({ code: 'custom', path: [i, 'vendor'], message: `unknown vendor "${entry.vendor}" (known: ${connectorVendors().join(', ')})` });
      else for (const issue of entrySchemaOf(connector).safeParse(entry).error?.issues ?? []) ctx.addIssue({ ...issue, code: 'custom', path: [i, ...issue.path], message: issue.message } as never);
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${entry.id}" is used twice` });
      seen.add(entry.id);
    });
    if (list.filter((e) => e.default).length > 1) ctx.addIssue({ code: 'custom', path: [], message: 'at most one helpdesk may be the default' });
  });
export type HelpdeskEntry = z.infer<typeof helpdeskEntrySchema>;

/** A configured helpdesk ready to use. */
export interface Helpdesk {
  id: string;
  connector: AnyConnector;
  /** The entry parsed with its connector's schema (its defaults filled in). */
  config: HelpdeskBase & Record<string, unknown>;
  isDefault: boolean;
  /** How often open tickets are read back; undefined when polling is off. */
  pollEveryMs?: number;
  /** The webhook's secret from the environment, when configured and set. */
  webhookSecret(env: NodeJS.ProcessEnv): string | undefined;
}

export interface Helpdesks {
  all: readonly Helpdesk[];
  get(id: string | undefined): Helpdesk | undefined;
  byVendor(vendor: string): Helpdesk[];
}

/** The configured helpdesks (validated entries); the default is the one marked, else the first. */
export function toHelpdesks(entries: readonly HelpdeskEntry[]): Helpdesks {
  const defaultId = entries.find((e) => e.default)?.id ?? entries[0]?.id;
  const all = entries.map((entry): Helpdesk => {
    const connector = connectorFor(entry.vendor)!;
    const config = entrySchemaOf(connector).parse(entry) as HelpdeskBase & Record<string, unknown>;
    const every = config.pollEvery ?? (config.webhookSecretEnv ? '1h' : '10m');
    const pollEveryMs = every === 'off' ? undefined : parseDuration(every);
    return {
      id: entry.id,
      connector,
      config,
      isDefault: entry.id === defaultId,
      ...(pollEveryMs ? { pollEveryMs } : {}),
      webhookSecret: (env) => (config.webhookSecretEnv ? env[config.webhookSecretEnv]?.trim() || undefined : undefined),
    };
  });
  return {
    all,
    get: (id) => (id === undefined ? all.find((h) => h.isDefault) : all.find((h) => h.id === id)),
    byVendor: (vendor) => all.filter((h) => h.connector.vendor === vendor),
  };
}
