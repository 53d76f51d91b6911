// The contract of a helpdesk connector: one file per vendor (zendesk.ts, freshdesk.ts, hubspot.ts,
// salesforce.ts), declared with defineConnector and listed in registry.ts. A connector turns a ticket draft
// into the vendor's documented request, reads a ticket's status back, and reads the vendor's webhooks.
import { z } from 'zod';
import type { HelpdeskVendor } from '../../shared/api/tickets.ts';
import type { TicketStatus } from '../../shared/mention.ts';
import { envNameSchema } from '../sources/kit/env-token.ts';
import type { HelpdeskHttp } from './ticket-http.ts';
import { TicketError } from './ticket-error.ts';

/** What a ticket says, built once from the mention (ticket-content.ts) and mapped by each connector. */
export interface TicketDraft {
  /** Vigía's reference ("vigia-3f9a…"): the vendor's external id / tag / subject marker, to find the ticket again after a lost answer. */
  ref: string;
  /** At most 150 characters. */
  subject: string;
  /** Plain text body. */
  text: string;
  /** The same body as HTML, every outside text escaped (for APIs whose description is HTML). */
  html: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  tags: string[];
  /** Who the ticket is about, as far as Vigía knows them. */
  requester: { name?: string; email?: string };
  /** The customer's id in this helpdesk's system (a Zendesk user, a HubSpot or Salesforce contact), when known. */
  crmId?: string;
}

/** A ticket the helpdesk created (or that was found by its reference). */
export interface CreatedTicket {
  id: string;
  /** Where an agent opens it. */
  url?: string;
  status: TicketStatus;
  /** The vendor's own word for it ("new", "2", "1", "New"). */
  vendorStatus?: string;
  /** When the helpdesk created it, if it said. */
  createdAt?: string;
}

/** A ticket's status as read back (poll) or announced (webhook). */
export interface StatusUpdate {
  ticketId: string;
  status: TicketStatus;
  vendorStatus: string;
  /** When it changed, if the helpdesk said. */
  at?: string;
}

/** An incoming webhook request, its body as received (signatures are over the raw bytes). */
export interface WebhookRequest {
  method: string;
  /** The URL the helpdesk called, as it called it (HubSpot signs it). */
  url: string;
  headers: Record<string, string | undefined>;
  rawBody: string;
  now: number;
}

/** The fields every `helpdesks[]` entry has; each connector adds its own (`options`). */
export const helpdeskBaseSchema = z.object({
  /** Unique, stable id (lowercase letters, digits, "-", "_"): names the helpdesk in tickets and the API. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_"'),
  /** zendesk, freshdesk, hubspot or salesforce. */
  vendor: z.string(),
  /** The helpdesk's base URL: https://acme.zendesk.com, https://acme.freshdesk.com, https://api.hubapi.com, your Salesforce instance URL. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  /** The helpdesk used when a request names none (one at most). @default the first listed */
  default: z.boolean().optional(),
  /** Per request, in milliseconds. @default 10000 */
  timeoutMs: z.number().int().min(500).max(120_000).default(10_000),
  /** The environment variable holding the webhook's signing secret (or shared secret); without it, status comes back by polling only. */
  webhookSecretEnv: envNameSchema.optional(),
  /** How often open tickets are read back: "10m"; "off" when webhooks alone suffice. @default "10m" without a webhook secret, "1h" with one */
  pollEvery: z.string().regex(/^(off|(\d+(\.\d+)?(ms|s|m|h|d))+)$/, 'must be a duration like "10m" or "off"').optional(),
  /** Language of the ticket's text: "en" or "es". @default "en" */
  lang: z.enum(['en', 'es']).default('en'),
});
export type HelpdeskBase = z.infer<typeof helpdeskBaseSchema>;

/** What a connector's calls get. */
export interface ConnectorContext<O> {
  helpdesk: HelpdeskBase & O;
  http: HelpdeskHttp;
  env: NodeJS.ProcessEnv;
}

export interface ConnectorDefinition<O extends z.ZodRawShape> {
  vendor: HelpdeskVendor;
  /** Shown in messages: "Zendesk". */
  name: string;
  /** The vendor's own fields of a `helpdesks[]` entry (credential variable names, pipeline…). */
  options: O;
  create(ctx: ConnectorContext<z.infer<z.ZodObject<O>>>, draft: TicketDraft): Promise<CreatedTicket>;
  /** The ticket carrying this reference, if the helpdesk has it (after a lost answer); undefined when it cannot tell. */
  find(ctx: ConnectorContext<z.infer<z.ZodObject<O>>>, ref: string): Promise<CreatedTicket | undefined>;
  /** The ticket's status now (the poll fallback). */
  read(ctx: ConnectorContext<z.infer<z.ZodObject<O>>>, ticketId: string): Promise<StatusUpdate>;
  webhook: {
    /** True when the request carries this secret's valid signature (or the shared secret itself). */
    verify(request: WebhookRequest, secret: string, helpdesk: HelpdeskBase & z.infer<z.ZodObject<O>>): boolean;
    /** The status changes a verified notification announces (none when it is about something else). */
    parse(request: WebhookRequest, helpdesk: HelpdeskBase & z.infer<z.ZodObject<O>>): StatusUpdate[];
    /** The answer body and type the helpdesk expects, when not `{updated}` JSON (Salesforce's SOAP acknowledgement). */
    reply?: (updated: number, request: WebhookRequest) => { type: string; body: string } | undefined;
  };
}

export type AnyConnector = ConnectorDefinition<z.ZodRawShape>;

export function defineConnector<O extends z.ZodRawShape>(definition: ConnectorDefinition<O>): ConnectorDefinition<O> {
  return definition;
}

/** A credential from the environment variable the config names; a `config` TicketError says which to set. */
export function credential(vendor: string, env: NodeJS.ProcessEnv, name: string, what: string): string {
  const value = env[name]?.trim();
  if (!value) throw new TicketError(vendor, 'config', `environment variable ${name} is not set (it must hold the ${what})`);
  return value;
}

/** The helpdesk's base URL without a trailing slash. */
export const baseUrl = (url: string): string => url.replace(/\/+$/, '');
