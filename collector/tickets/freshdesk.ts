// Freshdesk tickets, through the documented API v2 (developers.freshdesk.com/api):
// - create: POST {url}/api/v2/tickets, body {subject, description (HTML), email | requester_id, status, priority,
//   source, tags} → 201 with the ticket {id, status, priority, created_at, …} (#create_ticket). A requester is
//   mandatory: the customer's Freshdesk contact id or e-mail, else the configured `requesterEmail`.
// - auth: HTTP Basic with the API key as user and "X" as password (#authentication).
// - statuses: 2 Open, 3 Pending, 4 Resolved, 5 Closed (6 and 7 are the default "waiting" ones); priorities 1–4.
// - find: GET /api/v2/search/tickets?query="tag:'…'" → {results, total} (#filter_tickets); read: GET /api/v2/tickets/{id}.
// - rate limits: 429 with Retry-After.
// - webhooks: Freshdesk's automation webhooks sign nothing: a shared secret travels in a custom
//   X-Vigia-Webhook-Secret header (or the URL's `token`), and the body is the JSON the rule is told to send.
import { z } from 'zod';
import type { TicketStatus } from '../../shared/mention.ts';
import { envNameSchema } from '../sources/kit/env-token.ts';
import { baseUrl, credential, defineConnector, type ConnectorContext, type CreatedTicket } from './define-connector.ts';
import { TicketError } from './ticket-error.ts';
import { basicAuth } from './ticket-http.ts';
import { isoOrUndefined, sameSecret, sharedSecretOf } from './webhook-signature.ts';

const options = {
  /** The environment variable holding the API key. */
  apiKeyEnv: envNameSchema,
  /** Requester of tickets whose customer has no e-mail or Freshdesk id (Freshdesk requires one), e.g. your social-care inbox. */
  requesterEmail: z.email().optional(),
  /** The ticket's `source` code. @default 2 (portal) */
  source: z.number().int().min(1).max(20).default(2),
};
type Ctx = ConnectorContext<z.infer<z.ZodObject<typeof options>>>;

const PRIORITY = { low: 1, normal: 2, high: 3, urgent: 4 } as const;
const STATUS_NAMES: Record<string, number> = { open: 2, pending: 3, resolved: 4, closed: 5, 'waiting on customer': 6, 'waiting on third party': 7 };

export function freshdeskStatus(code: number): TicketStatus {
  if (code === 4 || code === 5) return 'solved';
  if (code === 3 || code === 6) return 'answered';
  return 'open';
}

const ticketSchema = z.object({ id: z.number(), status: z.number().optional(), created_at: z.string().optional(), updated_at: z.string().optional() });

const auth = (ctx: Ctx) => ({ authorization: basicAuth(credential('freshdesk', ctx.env, ctx.helpdesk.apiKeyEnv, 'Freshdesk API key'), 'X') });

function toCreated(ctx: Ctx, ticket: z.infer<typeof ticketSchema>): CreatedTicket {
  const id = String(ticket.id);
  const code = ticket.status ?? 2;
  const createdAt = isoOrUndefined(ticket.created_at);
  return { id, url: `${baseUrl(ctx.helpdesk.url)}/a/tickets/${id}`, status: freshdeskStatus(code), vendorStatus: String(code), ...(createdAt ? { createdAt } : {}) };
}

/** A status as a rule sends it: the code (4, "4") or the name ("Resolved"). */
function statusCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  return /^\d+$/.test(text) ? Number(text) : STATUS_NAMES[text];
}

export default defineConnector({
  vendor: 'freshdesk',
  name: 'Freshdesk',
  options,

  async create(ctx, draft) {
    const requester = draft.crmId && /^\d+$/.test(draft.crmId) ? { requester_id: Number(draft.crmId) } : { email: draft.requester.email ?? ctx.helpdesk.requesterEmail };
    if (!('requester_id' in requester) && !requester.email) {
      throw new TicketError('freshdesk', 'config', 'a Freshdesk ticket needs a requester: the customer has no e-mail, so set "requesterEmail" on this helpdesk');
    }
    const body = {
      subject: draft.subject,
      description: draft.html,
      ...requester,
      ...(draft.requester.name && !('requester_id' in requester) ? { name: draft.requester.name } : {}),
      status: 2,
      priority: PRIORITY[draft.priority],
      source: ctx.helpdesk.source,
      // The reference as a tag: the search API finds the ticket by it after a lost answer.
      tags: [draft.ref, ...draft.tags],
    };
    const ticket = await ctx.http.json({ method: 'POST', url: `${baseUrl(ctx.helpdesk.url)}/api/v2/tickets`, headers: auth(ctx), json: body }, (b) => ticketSchema.safeParse(b).data, 'a ticket');
    return toCreated(ctx, ticket);
  },

  async find(ctx, ref) {
    const query = encodeURIComponent(`"tag:'${ref}'"`);
    const url = `${baseUrl(ctx.helpdesk.url)}/api/v2/search/tickets?query=${query}`;
    const results = await ctx.http.json({ method: 'GET', url, headers: auth(ctx) }, (b) => z.object({ results: z.array(ticketSchema) }).safeParse(b).data?.results, 'search results');
    return results[0] && toCreated(ctx, results[0]);
  },

  async read(ctx, ticketId) {
    const url = `${baseUrl(ctx.helpdesk.url)}/api/v2/tickets/${encodeURIComponent(ticketId)}`;
    const ticket = await ctx.http.json({ method: 'GET', url, headers: auth(ctx) }, (b) => ticketSchema.safeParse(b).data, 'a ticket');
    const code = ticket.status ?? 2;
    const at = isoOrUndefined(ticket.updated_at);
    return { ticketId: String(ticket.id), status: freshdeskStatus(code), vendorStatus: String(code), ...(at ? { at } : {}) };
  },

  webhook: {
    verify: (request, secret) => sameSecret(sharedSecretOf(request), secret),
    parse(request) {
      let body: unknown;
      try {
        body = JSON.parse(request.rawBody);
      } catch {
        return [];
      }
      const b = (body && typeof body === 'object' ? ((body as { freshdesk_webhook?: unknown }).freshdesk_webhook ?? body) : {}) as Record<string, unknown>;
      const id = b.ticket_id ?? b.id;
      const code = statusCode(b.ticket_status ?? b.status);
      if ((typeof id !== 'number' && typeof id !== 'string') || code === undefined || !String(id).trim()) return [];
      const at = isoOrUndefined(b.updated_at ?? b.ticket_updated_at);
      return [{ ticketId: String(id), status: freshdeskStatus(code), vendorStatus: String(code), ...(at ? { at } : {}) }];
    },
  },
});
