// Tickets from mentions (collector/tickets): the helpdesks configured, opening a ticket from a mention, where
// its delivery stands, and the helpdesks' webhooks that bring its status back. Credentials never travel
// here: the config names the environment variables that hold them, and only the collector reads those.
import { z } from 'zod';
import { mentionTicketSchema } from '../mention.ts';
import { maybe } from './common.ts';

export const HELPDESK_VENDORS = ['zendesk', 'freshdesk', 'hubspot', 'salesforce'] as const;
export const helpdeskVendorSchema = z.enum(HELPDESK_VENDORS);
export type HelpdeskVendor = z.infer<typeof helpdeskVendorSchema>;

/** GET /api/helpdesks: where tickets can be opened; never a credential. */
export const helpdesksAnswerSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      vendor: helpdeskVendorSchema,
      /** The one used when a request names none. */
      default: z.boolean(),
      /** How status comes back: the helpdesk's webhook (a secret is configured), polling, or both. */
      statusBack: z.enum(['webhook', 'poll', 'webhook+poll']),
    }),
  ),
});
export type HelpdesksAnswer = z.infer<typeof helpdesksAnswerSchema>;

/** POST /api/mentions/:id/ticket. */
export const ticketRequestBodySchema = z
  .object({
    /** A configured helpdesk's id. @default the default helpdesk */
    helpdesk: z.string().trim().min(1).max(64).optional(),
  })
  .strict();
export type TicketRequestBody = z.infer<typeof ticketRequestBodySchema>;

/**
 * `queued`: waiting for its next attempt (the helpdesk was down, rate-limited or slow); `sending`: an attempt
 * is under way; `created`: the helpdesk has it; `failed`: refused for good (401, 403, 422…) until asked again.
 */
export const TICKET_STATES = ['queued', 'sending', 'created', 'failed'] as const;
export const ticketStateSchema = z.enum(TICKET_STATES);
export type TicketState = z.infer<typeof ticketStateSchema>;

/** Where one mention's ticket stands (POST and GET /api/mentions/:id/ticket). */
export const ticketAnswerSchema = z.object({
  mentionId: z.string(),
  helpdesk: z.string(),
  vendor: helpdeskVendorSchema,
  state: ticketStateSchema,
  /** Attempts made so far. */
  attempts: z.number(),
  /** When the next attempt is due (queued only). */
  nextAttemptAt: maybe(z.string()),
  /** The last attempt's error, named: "zendesk: 429 rate limited (retry after 60 s)", "freshdesk: timed out after 10 s". */
  lastError: maybe(z.string()),
  /** The ticket, once created. */
  ticket: maybe(mentionTicketSchema),
});
export type TicketAnswer = z.infer<typeof ticketAnswerSchema>;

/** POST /api/webhooks/<vendor>: how many tickets the notification updated (0 for one Vigía did not open). */
export const webhookAnswerSchema = z.object({ updated: z.number() });
export type WebhookAnswer = z.infer<typeof webhookAnswerSchema>;
