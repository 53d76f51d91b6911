// HubSpot tickets, through the documented CRM API (developers.hubspot.com):
// - create: POST {url}/crm/v3/objects/tickets, body {properties: {subject, content, hs_pipeline,
//   hs_pipeline_stage, hs_ticket_priority}, associations: [{to: {id}, types: [{associationCategory:
//   "HUBSPOT_DEFINED", associationTypeId: 16}]}]} (16: ticket → contact) → 201 {id, properties, createdAt,
//   updatedAt, archived} (docs/api/crm/tickets). Auth: a private app's token as Bearer.
// - find: POST /crm/v3/objects/tickets/search {filterGroups: [{filters: [{propertyName: "subject", operator:
//   "CONTAINS_TOKEN", value}]}]} → {total, results} (docs/api/crm/search); read: GET /crm/v3/objects/tickets/{id}?properties=hs_pipeline_stage.
// - status is the pipeline stage: in the default pipeline "0", 1 New, 2 Waiting on contact, 3 Waiting on us, 4 Closed.
// - webhooks: X-HubSpot-Signature-v3 = base64(HMAC-SHA256(app secret, method + URI + body + X-HubSpot-Request-Timestamp)),
//   refused when the timestamp is over 5 minutes old (docs/api/webhooks/validating-requests); the body is a
//   list of events, here `ticket.propertyChange` of hs_pipeline_stage.
import { z } from 'zod';
import type { TicketStatus } from '../../shared/mention.ts';
import { envNameSchema } from '../sources/kit/env-token.ts';
import { baseUrl, credential, defineConnector, type ConnectorContext, type CreatedTicket, type StatusUpdate } from './define-connector.ts';
import { hmacBase64, isoOrUndefined, sameSecret } from './webhook-signature.ts';

const stageId = z.string().trim().min(1).max(64);
const options = {
  /** The environment variable holding the private app's access token. */
  tokenEnv: envNameSchema,
  /** The ticket pipeline. @default "0" */
  pipeline: stageId.default('0'),
  /** The stage new tickets start in. @default "1" */
  stage: stageId.default('1'),
  /** Stages that mean solved. @default ["4"] */
  closedStages: z.array(stageId).default(['4']),
  /** Stages that mean an agent answered and waits on the customer. @default ["2"] */
  answeredStages: z.array(stageId).default(['2']),
  /** Your HubSpot account id, for a link to the ticket (app.hubspot.com/contacts/{portalId}/record/0-5/{id}). */
  portalId: z.string().regex(/^\d+$/, 'must be the numeric account id').optional(),
  /** The exact URL set in HubSpot for the webhook, when a proxy changes what the collector sees (it is signed). */
  webhookUrl: z.url().optional(),
};
type Options = z.infer<z.ZodObject<typeof options>>;
type Ctx = ConnectorContext<Options>;

/** HubSpot refuses to vouch for a signature older than this. */
export const HUBSPOT_SIGNATURE_MAX_AGE_MS = 5 * 60_000;
/** HubSpot ticket → contact association type. */
export const TICKET_TO_CONTACT = 16;
const PRIORITY = { low: 'LOW', normal: 'MEDIUM', high: 'HIGH', urgent: 'HIGH' } as const;

export function hubspotStatus(stage: string, helpdesk: Pick<Options, 'closedStages' | 'answeredStages'>): TicketStatus {
  if (helpdesk.closedStages.includes(stage)) return 'solved';
  if (helpdesk.answeredStages.includes(stage)) return 'answered';
  return 'open';
}

const objectSchema = z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()).default({}), createdAt: z.string().optional(), updatedAt: z.string().optional() });
const auth = (ctx: Ctx) => ({ authorization: `Bearer ${credential('hubspot', ctx.env, ctx.helpdesk.tokenEnv, 'HubSpot private app token')}` });
const recordUrl = (ctx: Ctx, id: string) => (ctx.helpdesk.portalId ? `https://app.hubspot.com/contacts/${ctx.helpdesk.portalId}/record/0-5/${encodeURIComponent(id)}` : undefined);

function toCreated(ctx: Ctx, object: z.infer<typeof objectSchema>): CreatedTicket {
  const stage = object.properties.hs_pipeline_stage ?? ctx.helpdesk.stage;
  const url = recordUrl(ctx, object.id);
  const createdAt = isoOrUndefined(object.createdAt);
  return { id: object.id, ...(url ? { url } : {}), status: hubspotStatus(stage, ctx.helpdesk), vendorStatus: stage, ...(createdAt ? { createdAt } : {}) };
}

/** The URI as HubSpot signs it: these escapes decoded, nothing else (validating-requests, v3). */
export function hubspotSignedUri(uri: string): string {
  const decoded: Record<string, string> = { '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$', '%27': "'", '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';' };
  return uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => decoded[m.toUpperCase()]!);
}

export default defineConnector({
  vendor: 'hubspot',
  name: 'HubSpot',
  options,

  async create(ctx, draft) {
    const properties = {
      // The reference closes the subject so the search API can find the ticket by it after a lost answer.
      subject: `${draft.subject} (${draft.ref})`.slice(0, 255),
      content: draft.text,
      hs_pipeline: ctx.helpdesk.pipeline,
      hs_pipeline_stage: ctx.helpdesk.stage,
      hs_ticket_priority: PRIORITY[draft.priority],
    };
    const associations = draft.crmId ? [{ to: { id: draft.crmId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: TICKET_TO_CONTACT }] }] : [];
    const url = `${baseUrl(ctx.helpdesk.url)}/crm/v3/objects/tickets`;
    const object = await ctx.http.json({ method: 'POST', url, headers: auth(ctx), json: { properties, ...(associations.length ? { associations } : {}) } }, (b) => objectSchema.safeParse(b).data, 'a ticket');
    return toCreated(ctx, object);
  },

  async find(ctx, ref) {
    const url = `${baseUrl(ctx.helpdesk.url)}/crm/v3/objects/tickets/search`;
    const json = { filterGroups: [{ filters: [{ propertyName: 'subject', operator: 'CONTAINS_TOKEN', value: ref }] }], properties: ['subject', 'hs_pipeline_stage'], limit: 1 };
    const results = await ctx.http.json({ method: 'POST', url, headers: auth(ctx), json }, (b) => z.object({ results: z.array(objectSchema) }).safeParse(b).data?.results, 'search results');
    return results[0] && toCreated(ctx, results[0]);
  },

  async read(ctx, ticketId) {
    const url = `${baseUrl(ctx.helpdesk.url)}/crm/v3/objects/tickets/${encodeURIComponent(ticketId)}?properties=hs_pipeline_stage`;
    const object = await ctx.http.json({ method: 'GET', url, headers: auth(ctx) }, (b) => objectSchema.safeParse(b).data, 'a ticket');
    const stage = object.properties.hs_pipeline_stage ?? ctx.helpdesk.stage;
    const at = isoOrUndefined(object.updatedAt);
    return { ticketId: object.id, status: hubspotStatus(stage, ctx.helpdesk), vendorStatus: stage, ...(at ? { at } : {}) };
  },

  webhook: {
    verify(request, secret, helpdesk) {
      const signature = request.headers['x-hubspot-signature-v3'];
      const timestamp = request.headers['x-hubspot-request-timestamp'];
      if (!signature || !timestamp || !/^\d+$/.test(timestamp)) return false;
      if (Math.abs(request.now - Number(timestamp)) > HUBSPOT_SIGNATURE_MAX_AGE_MS) return false;
      const uri = hubspotSignedUri(helpdesk.webhookUrl ?? request.url);
      return sameSecret(signature, hmacBase64(secret, `${request.method}${uri}${request.rawBody}${timestamp}`));
    },
    parse(request, helpdesk) {
      let events: unknown;
      try {
        events = JSON.parse(request.rawBody);
      } catch {
        return [];
      }
      return (Array.isArray(events) ? events : [events]).flatMap((event): StatusUpdate[] => {
        const e = (event ?? {}) as Record<string, unknown>;
        if (e.propertyName !== 'hs_pipeline_stage' || typeof e.propertyValue !== 'string') return [];
        const id = e.objectId;
        if (typeof id !== 'number' && typeof id !== 'string') return [];
        const at = isoOrUndefined(e.occurredAt);
        return [{ ticketId: String(id), status: hubspotStatus(e.propertyValue, helpdesk), vendorStatus: e.propertyValue, ...(at ? { at } : {}) }];
      });
    },
  },
});
