// Salesforce cases, through the documented REST API (developer.salesforce.com/docs/atlas.en-us.api_rest.meta):
// - create: POST {instance}/services/data/vXX.X/sobjects/Case/, body {Subject, Description, Origin, Priority,
//   Status, ContactId | SuppliedEmail, SuppliedName} → 201 {"id", "success": true, "errors": []}; a refusal is
//   400 [{"message", "errorCode", "fields"}], an expired token 401 [{"errorCode": "INVALID_SESSION_ID"}]
//   (dome_sobject_create.htm). Auth: an OAuth access token as Bearer, for the instance URL the config gives.
// - find: GET /services/data/vXX.X/query?q=SELECT … FROM Case WHERE Subject LIKE '%ref%' → {totalSize, records};
//   read: GET /services/data/vXX.X/sobjects/Case/{id}?fields=Status,IsClosed,LastModifiedDate.
// - status back: Salesforce signs nothing it sends. A Flow or Apex HTTP callout posts JSON {caseId, status,
//   isClosed} with the shared secret in X-Vigia-Webhook-Secret; a workflow Outbound Message (SOAP, fields Id,
//   Status, IsClosed) posts to the URL with `?token=<secret>` and is acknowledged with <Ack>true</Ack>
//   (sforce_api_om_outboundmessaging_wsdl.htm).
import { z } from 'zod';
import type { TicketStatus } from '../../shared/mention.ts';
import { envNameSchema } from '../sources/kit/env-token.ts';
import { baseUrl, credential, defineConnector, type ConnectorContext, type CreatedTicket, type StatusUpdate } from './define-connector.ts';
import { isoOrUndefined, sameSecret, sharedSecretOf } from './webhook-signature.ts';

const statusName = z.string().trim().min(1).max(80);
const options = {
  /** The environment variable holding the OAuth access token (of a connected app or integration user). */
  tokenEnv: envNameSchema,
  /** @default "v60.0" */
  apiVersion: z.string().regex(/^v\d{2,3}\.\d$/, 'must look like "v60.0"').default('v60.0'),
  /** The case's Origin picklist value. @default "Web" */
  origin: z.string().trim().min(1).max(40).default('Web'),
  /** Statuses that mean solved, besides IsClosed. @default ["Closed"] */
  closedStatuses: z.array(statusName).default(['Closed']),
  /** Statuses that mean an agent answered and waits on the customer. @default [] */
  answeredStatuses: z.array(statusName).default([]),
};
type Options = z.infer<z.ZodObject<typeof options>>;
type Ctx = ConnectorContext<Options>;

const PRIORITY = { low: 'Low', normal: 'Medium', high: 'High', urgent: 'High' } as const;

export function salesforceStatus(status: string, isClosed: boolean | undefined, helpdesk: Pick<Options, 'closedStatuses' | 'answeredStatuses'>): TicketStatus {
  if (isClosed || helpdesk.closedStatuses.includes(status)) return 'solved';
  if (helpdesk.answeredStatuses.includes(status)) return 'answered';
  return 'open';
}

const api = (ctx: Ctx) => `${baseUrl(ctx.helpdesk.url)}/services/data/${ctx.helpdesk.apiVersion}`;
const auth = (ctx: Ctx) => ({ authorization: `Bearer ${credential('salesforce', ctx.env, ctx.helpdesk.tokenEnv, 'Salesforce access token')}` });
const caseUrl = (ctx: Ctx, id: string) => `${baseUrl(ctx.helpdesk.url)}/lightning/r/Case/${encodeURIComponent(id)}/view`;
const caseSchema = z.object({ Id: z.string(), Status: z.string().optional(), IsClosed: z.boolean().optional(), CreatedDate: z.string().optional(), LastModifiedDate: z.string().optional() });

const bool = (v: unknown) => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined);
const tag = (xml: string, name: string) => new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`).exec(xml)?.[1]?.trim();

/** An Outbound Message's notifications: each case's Id, Status, IsClosed and LastModifiedDate, when sent. */
function outboundMessageUpdates(xml: string, helpdesk: Options): StatusUpdate[] {
  return [...xml.matchAll(/<(?:\w+:)?sObject\b[\s\S]*?<\/(?:\w+:)?sObject>/g)].flatMap(([block]): StatusUpdate[] => {
    const id = tag(block, 'Id');
    const status = tag(block, 'Status');
    if (!id || !status) return [];
    const at = isoOrUndefined(tag(block, 'LastModifiedDate'));
    return [{ ticketId: id, status: salesforceStatus(status, bool(tag(block, 'IsClosed')), helpdesk), vendorStatus: status, ...(at ? { at } : {}) }];
  });
}

const isSoap = (rawBody: string) => /^\s*(<\?xml[^>]*>\s*)?<(\w+:)?Envelope\b/.test(rawBody);

export default defineConnector({
  vendor: 'salesforce',
  name: 'Salesforce',
  options,

  async create(ctx, draft) {
    const who = draft.crmId ? { ContactId: draft.crmId } : { ...(draft.requester.email ? { SuppliedEmail: draft.requester.email } : {}), ...(draft.requester.name ? { SuppliedName: draft.requester.name } : {}) };
    const body = { Subject: `${draft.subject} (${draft.ref})`.slice(0, 255), Description: draft.text.slice(0, 32_000), Origin: ctx.helpdesk.origin, Priority: PRIORITY[draft.priority], Status: 'New', ...who };
    const id = await ctx.http.json(
      { method: 'POST', url: `${api(ctx)}/sobjects/Case/`, headers: auth(ctx), json: body },
      (b) => z.object({ id: z.string().min(1), success: z.literal(true) }).safeParse(b).data?.id,
      'a case id',
    );
    return { id, url: caseUrl(ctx, id), status: 'open', vendorStatus: 'New' };
  },

  async find(ctx, ref) {
    const soql = `SELECT Id, Status, IsClosed, CreatedDate FROM Case WHERE Subject LIKE '%${ref.replace(/['\\%_]/g, '')}%' ORDER BY CreatedDate LIMIT 1`;
    const records = await ctx.http.json({ method: 'GET', url: `${api(ctx)}/query?q=${encodeURIComponent(soql)}`, headers: auth(ctx) }, (b) => z.object({ records: z.array(caseSchema) }).safeParse(b).data?.records, 'query records');
    const found = records[0];
    if (!found) return undefined;
    const status = found.Status ?? 'New';
    const createdAt = isoOrUndefined(found.CreatedDate);
    const ticket: CreatedTicket = { id: found.Id, url: caseUrl(ctx, found.Id), status: salesforceStatus(status, found.IsClosed, ctx.helpdesk), vendorStatus: status };
    return createdAt ? { ...ticket, createdAt } : ticket;
  },

  async read(ctx, ticketId) {
    const url = `${api(ctx)}/sobjects/Case/${encodeURIComponent(ticketId)}?fields=Status,IsClosed,LastModifiedDate`;
    const found = await ctx.http.json({ method: 'GET', url, headers: auth(ctx) }, (b) => caseSchema.safeParse(b).data, 'a case');
    const status = found.Status ?? 'New';
    const at = isoOrUndefined(found.LastModifiedDate);
    return { ticketId: found.Id, status: salesforceStatus(status, found.IsClosed, ctx.helpdesk), vendorStatus: status, ...(at ? { at } : {}) };
  },

  webhook: {
    verify: (request, secret) => sameSecret(sharedSecretOf(request), secret),
    parse(request, helpdesk) {
      if (isSoap(request.rawBody)) return outboundMessageUpdates(request.rawBody, helpdesk);
      let body: unknown;
      try {
        body = JSON.parse(request.rawBody);
      } catch {
        return [];
      }
      return (Array.isArray(body) ? body : [body]).flatMap((item): StatusUpdate[] => {
        const c = (item ?? {}) as Record<string, unknown>;
        const id = c.caseId ?? c.Id ?? c.id;
        const status = c.status ?? c.Status;
        if (typeof id !== 'string' || !id.trim() || typeof status !== 'string') return [];
        const at = isoOrUndefined(c.updatedAt ?? c.LastModifiedDate);
        return [{ ticketId: id.trim(), status: salesforceStatus(status, bool(c.isClosed ?? c.IsClosed), helpdesk), vendorStatus: status, ...(at ? { at } : {}) }];
      });
    },
    reply: (_updated, request) =>
      isSoap(request.rawBody)
        ? {
            type: 'text/xml; charset=utf-8',
            // Salesforce resends an outbound message until it is acknowledged.
            body: '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound"><Ack>true</Ack></notificationsResponse></soapenv:Body></soapenv:Envelope>',
          }
        : undefined,
  },
});
