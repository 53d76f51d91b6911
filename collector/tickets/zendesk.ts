// Zendesk Support tickets, through the documented Tickets API (developer.zendesk.com):
// - create: POST {url}/api/v2/tickets.json, body {"ticket": {subject, comment: {body, public}, priority, tags,
//   external_id, requester | requester_id}} → 201 {"ticket": {id, url, status, external_id, created_at…}, "audit"}
//   (api-reference/ticketing/tickets/tickets/#create-ticket). An `Idempotency-Key` header makes a repeated
//   create return the first ticket (api-reference/ticketing/introduction/#idempotency).
// - auth: an API token as HTTP Basic "{email}/token:{api_token}" (api-reference/introduction/security-and-auth).
// - find: GET /api/v2/tickets.json?external_id=… → {"tickets": [...]}; read: GET /api/v2/tickets/{id}.json → {"ticket"}.
// - statuses: new, open, pending, hold, solved, closed.
// - webhooks: X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(secret, timestamp + body)), with the
//   timestamp in X-Zendesk-Webhook-Signature-Timestamp (documentation/webhooks/verifying).
import { z } from 'zod';
import type { TicketStatus } from '../../shared/mention.ts';
import { envNameSchema } from '../sources/kit/env-token.ts';
import { baseUrl, credential, defineConnector, type ConnectorContext, type CreatedTicket, type StatusUpdate } from './define-connector.ts';
import { basicAuth } from './ticket-http.ts';
import { hmacBase64, isoOrUndefined, sameSecret } from './webhook-signature.ts';

const options = {
  /** The environment variable holding the agent e-mail the API token belongs to. */
  emailEnv: envNameSchema,
  /** The environment variable holding the API token. */
  tokenEnv: envNameSchema,
};
type Ctx = ConnectorContext<z.infer<z.ZodObject<typeof options>>>;

/** A signature older (or newer) than this is refused: a replayed notification. */
export const ZENDESK_SIGNATURE_TOLERANCE_MS = 60 * 60_000;

export function zendeskStatus(status: string): TicketStatus {
  const s = status.trim().toLowerCase();
  if (s === 'solved' || s === 'closed') return 'solved';
  if (s === 'pending' || s === 'hold' || s === 'on-hold') return 'answered';
  return 'open';
}

const ticketSchema = z.object({ id: z.union([z.number(), z.string()]), status: z.string().optional(), created_at: z.string().optional(), updated_at: z.string().optional() });
const oneTicket = z.object({ ticket: ticketSchema });

const auth = (ctx: Ctx) => ({
  authorization: basicAuth(`${credential('zendesk', ctx.env, ctx.helpdesk.emailEnv, 'Zendesk agent e-mail')}/token`, credential('zendesk', ctx.env, ctx.helpdesk.tokenEnv, 'Zendesk API token')),
});

function toCreated(ctx: Ctx, ticket: z.infer<typeof ticketSchema>): CreatedTicket {
  const id = String(ticket.id);
  const status = ticket.status ?? 'new';
  const createdAt = isoOrUndefined(ticket.created_at);
  return { id, url: `${baseUrl(ctx.helpdesk.url)}/agent/tickets/${encodeURIComponent(id)}`, status: zendeskStatus(status), vendorStatus: status, ...(createdAt ? { createdAt } : {}) };
}

/** The ticket id and status a notification carries: event subscriptions ({detail}) or a trigger's own JSON. */
function updateOf(body: unknown): StatusUpdate | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const detail = (b.detail ?? b.ticket ?? b) as Record<string, unknown>;
  const current = (b.event as { current?: unknown } | undefined)?.current;
  // A status_changed event says the new status in event.current; a trigger's JSON or a ticket event in detail.status.
  const status = typeof current === 'string' ? current : typeof detail.status === 'string' ? detail.status : (current as { status?: unknown } | undefined)?.status;
  const id = detail.id ?? detail.ticket_id ?? b.ticket_id;
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof status !== 'string' || !String(id).trim()) return undefined;
  const at = isoOrUndefined(detail.updated_at ?? b.time ?? b.updated_at);
  return { ticketId: String(id), status: zendeskStatus(status), vendorStatus: status.toLowerCase(), ...(at ? { at } : {}) };
}

export default defineConnector({
  vendor: 'zendesk',
  name: 'Zendesk',
  options,

  async create(ctx, draft) {
    const requester = draft.crmId && /^\d+$/.test(draft.crmId)
      ? { requester_id: Number(draft.crmId) }
      : draft.requester.email ? { requester: { email: draft.requester.email, ...(draft.requester.name ? { name: draft.requester.name } : {}) } } : {};
    const ticket = {
      subject: draft.subject,
      // An internal note: the agent decides what the customer is told.
      comment: { body: draft.text, public: false },
      priority: draft.priority,
      tags: draft.tags,
      external_id: draft.ref,
      ...requester,
    };
    const url = `${baseUrl(ctx.helpdesk.url)}/api/v2/tickets.json`;
    const created = await ctx.http.json({ method: 'POST', url, headers: { ...auth(ctx), 'idempotency-key': draft.ref }, json: { ticket } }, (b) => oneTicket.safeParse(b).data?.ticket, 'a ticket');
    return toCreated(ctx, created);
  },

  async find(ctx, ref) {
    const url = `${baseUrl(ctx.helpdesk.url)}/api/v2/tickets.json?external_id=${encodeURIComponent(ref)}`;
    const tickets = await ctx.http.json({ method: 'GET', url, headers: auth(ctx) }, (b) => z.object({ tickets: z.array(ticketSchema) }).safeParse(b).data?.tickets, 'a ticket list');
    return tickets[0] && toCreated(ctx, tickets[0]);
  },

  async read(ctx, ticketId) {
    const url = `${baseUrl(ctx.helpdesk.url)}/api/v2/tickets/${encodeURIComponent(ticketId)}.json`;
    const ticket = await ctx.http.json({ method: 'GET', url, headers: auth(ctx) }, (b) => oneTicket.safeParse(b).data?.ticket, 'a ticket');
    const status = ticket.status ?? 'new';
    const at = isoOrUndefined(ticket.updated_at);
    return { ticketId: String(ticket.id), status: zendeskStatus(status), vendorStatus: status, ...(at ? { at } : {}) };
  },

  webhook: {
    verify(request, secret) {
      const signature = request.headers['x-zendesk-webhook-signature'];
      const timestamp = request.headers['x-zendesk-webhook-signature-timestamp'];
      if (!signature || !timestamp) return false;
      const at = Date.parse(timestamp);
      if (!Number.isFinite(at) || Math.abs(request.now - at) > ZENDESK_SIGNATURE_TOLERANCE_MS) return false;
      return sameSecret(signature, hmacBase64(secret, timestamp + request.rawBody));
    },
    parse(request) {
      let body: unknown;
      try {
        body = JSON.parse(request.rawBody);
      } catch {
        return [];
      }
      const update = updateOf(body);
      return update ? [update] : [];
    },
  },
});
