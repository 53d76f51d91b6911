// The four helpdesks as their documentation describes them (collector/tickets/README.md cites each page):
// what a create, search and read must look like, what they answer, and how each refuses bad credentials.
import type { HelpdeskVendor } from '../../../shared/api/tickets.ts';

export interface FakeCredentials {
  zendesk: { email: string; token: string };
  freshdesk: { apiKey: string };
  hubspot: { token: string };
  salesforce: { token: string };
}
export interface FakeRequest { method: string; path: string; query: URLSearchParams; headers: Record<string, string | undefined>; body: unknown; text: string }
export interface FakeReply { status: number; body?: unknown; headers?: Record<string, string> }
export interface FakeTicket { id: string; status: string; fields: Record<string, unknown>; createdAt: string; updatedAt: string }

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => typeof v === 'string' && v.length > 0;
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

export function createFakeVendors(creds: FakeCredentials, base: () => string, violation: (what: string) => void) {
  const store = new Map<HelpdeskVendor, FakeTicket[]>([['zendesk', []], ['freshdesk', []], ['hubspot', []], ['salesforce', []]]);
  const idempotency = new Map<string, { body: string; ticket: FakeTicket }>();
  let seq = 35436;
  const now = () => new Date().toISOString();
  const add = (vendor: HelpdeskVendor, id: string, status: string, fields: Obj) => {
    const t: FakeTicket = { id, status, fields, createdAt: now(), updatedAt: now() };
    store.get(vendor)!.push(t);
    return t;
  };
  const find = (vendor: HelpdeskVendor, id: string) => store.get(vendor)!.find((t) => t.id === id);
  /** The shape checks of one request: the failures are violations, answered 400. */
  const shape = (vendor: string, checks: [boolean, string][]): FakeReply | undefined => {
    const failed = checks.filter(([ok]) => !ok).map(([, what]) => `${vendor}: ${what}`);
    failed.forEach(violation);
    return failed.length ? { status: 400, body: { error: 'vigia-test-server: request shape', details: failed.join('; ') } } : undefined;
  };
  const json = (r: FakeRequest) => (r.headers['content-type'] ?? '').startsWith('application/json');

  const zendeskTicket = (t: FakeTicket) => ({ id: Number(t.id), url: `${base()}/zendesk/api/v2/tickets/${t.id}.json`, status: t.status, created_at: t.createdAt, updated_at: t.updatedAt, ...t.fields });
  function zendesk(r: FakeRequest): FakeReply {
    if (r.headers.authorization !== basic(`${creds.zendesk.email}/token`, creds.zendesk.token)) return { status: 401, body: { error: "Couldn't authenticate you" } };
    if (r.method === 'POST' && r.path === '/api/v2/tickets.json') {
      const ticket = isObj(r.body) && isObj(r.body.ticket) ? r.body.ticket : {};
      const comment = isObj(ticket.comment) ? ticket.comment : {};
      const bad = shape('zendesk', [
        [json(r), 'content-type must be application/json'],
        [isObj(r.body) && isObj(r.body.ticket), 'body must be {"ticket": {...}}'],
        [str(comment.body), 'ticket.comment.body is required'],
        [str(ticket.subject) && String(ticket.subject).length <= 150, 'ticket.subject must be a string of at most 150 characters'],
        [ticket.priority === undefined || ['urgent', 'high', 'normal', 'low'].includes(String(ticket.priority)), 'ticket.priority must be urgent, high, normal or low'],
        [ticket.tags === undefined || (Array.isArray(ticket.tags) && ticket.tags.every(str)), 'ticket.tags must be strings'],
        [ticket.requester === undefined || (isObj(ticket.requester) && str(ticket.requester.email)), 'ticket.requester needs an email'],
        [ticket.requester_id === undefined || typeof ticket.requester_id === 'number', 'ticket.requester_id must be a number'],
      ]);
      if (bad) return bad;
      const key = r.headers['idempotency-key'];
      const seen = key ? idempotency.get(key) : undefined;
      if (seen && seen.body !== r.text) return { status: 400, body: { error: 'IdempotentRequestError', description: 'the key was used with another request' } };
      if (seen) return { status: 201, body: { ticket: zendeskTicket(seen.ticket), audit: { events: [] } }, headers: { 'x-idempotency-lookup': 'hit' } };
      const t = add('zendesk', String(seq++), 'new', { subject: ticket.subject, external_id: ticket.external_id, priority: ticket.priority, tags: ticket.tags, description: comment.body });
      if (key) idempotency.set(key, { body: r.text, ticket: t });
      return { status: 201, body: { ticket: zendeskTicket(t), audit: { id: seq, events: [] } }, headers: { 'x-idempotency-lookup': 'miss', location: `${base()}/zendesk/api/v2/tickets/${t.id}.json` } };
    }
    if (r.method === 'GET' && r.path === '/api/v2/tickets.json') {
      const found = store.get('zendesk')!.filter((t) => t.fields.external_id === r.query.get('external_id'));
      return { status: 200, body: { tickets: found.map(zendeskTicket), count: found.length } };
    }
    const one = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(r.path);
    const t = one && r.method === 'GET' ? find('zendesk', one[1]!) : undefined;
    return t ? { status: 200, body: { ticket: zendeskTicket(t) } } : { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
  }

  const freshTicket = (t: FakeTicket) => ({ id: Number(t.id), status: Number(t.status), created_at: t.createdAt, updated_at: t.updatedAt, ...t.fields });
  function freshdesk(r: FakeRequest): FakeReply {
    if (r.headers.authorization !== basic(creds.freshdesk.apiKey, 'X')) return { status: 401, body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } };
    if (r.method === 'POST' && r.path === '/api/v2/tickets') {
      const b = isObj(r.body) ? r.body : {};
      const bad = shape('freshdesk', [
        [json(r), 'content-type must be application/json'],
        [str(b.subject), 'subject is required'],
        [str(b.description), 'description (HTML) is required'],
        [str(b.email) || typeof b.requester_id === 'number' || str(b.phone), 'one of email, requester_id or phone is required'],
        [[2, 3, 4, 5, 6, 7].includes(Number(b.status)), 'status must be 2–7'],
        [[1, 2, 3, 4].includes(Number(b.priority)), 'priority must be 1–4'],
        [Number.isInteger(b.source), 'source must be a number'],
        [b.tags === undefined || (Array.isArray(b.tags) && b.tags.every(str)), 'tags must be strings'],
      ]);
      if (bad) return bad;
      const t = add('freshdesk', String(seq++), String(b.status), { subject: b.subject, description: b.description, priority: b.priority, source: b.source, tags: b.tags, email: b.email, requester_id: b.requester_id ?? 7001 });
      return { status: 201, body: freshTicket(t), headers: { location: `${base()}/freshdesk/api/v2/tickets/${t.id}` } };
    }
    if (r.method === 'GET' && r.path === '/api/v2/search/tickets') {
      const tag = /^"tag:'([^']+)'"$/.exec(r.query.get('query') ?? '')?.[1];
      if (!tag) return shape('freshdesk', [[false, 'search query must be "tag:\'…\'" in double quotes']])!;
      const found = store.get('freshdesk')!.filter((t) => Array.isArray(t.fields.tags) && t.fields.tags.includes(tag));
      return { status: 200, body: { results: found.map(freshTicket), total: found.length } };
    }
    const one = /^\/api\/v2\/tickets\/(\d+)$/.exec(r.path);
    const t = one && r.method === 'GET' ? find('freshdesk', one[1]!) : undefined;
    return t ? { status: 200, body: freshTicket(t) } : { status: 404, body: { description: 'Not found' } };
  }

  const hubObject = (t: FakeTicket) => ({ id: t.id, properties: { ...(t.fields.properties as Obj), hs_pipeline_stage: t.status, hs_object_id: t.id }, createdAt: t.createdAt, updatedAt: t.updatedAt, archived: false });
  function hubspot(r: FakeRequest): FakeReply {
    if (r.headers.authorization !== `Bearer ${creds.hubspot.token}`) return { status: 401, body: { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' } };
    if (r.method === 'POST' && r.path === '/crm/v3/objects/tickets') {
      const b = isObj(r.body) ? r.body : {};
      const p = isObj(b.properties) ? b.properties : {};
      const assoc = b.associations === undefined ? [] : b.associations;
      const bad = shape('hubspot', [
        [json(r), 'content-type must be application/json'],
        [isObj(b.properties), 'body must be {"properties": {...}}'],
        [str(p.subject), 'properties.subject is required'],
        [str(p.hs_pipeline_stage), 'properties.hs_pipeline_stage is required'],
        [p.hs_pipeline === undefined || str(p.hs_pipeline), 'properties.hs_pipeline must be a string'],
        [p.hs_ticket_priority === undefined || ['LOW', 'MEDIUM', 'HIGH', 'URGENT'].includes(String(p.hs_ticket_priority)), 'properties.hs_ticket_priority must be LOW, MEDIUM or HIGH'],
        [Array.isArray(assoc) && assoc.every((a) => isObj(a) && isObj(a.to) && str(a.to.id) && Array.isArray(a.types) && a.types.every((ty) => isObj(ty) && ty.associationCategory === 'HUBSPOT_DEFINED' && ty.associationTypeId === 16)), 'associations must be [{to: {id}, types: [{associationCategory: "HUBSPOT_DEFINED", associationTypeId: 16}]}]'],
      ]);
      if (bad) return bad;
      const t = add('hubspot', String(seq++), String(p.hs_pipeline_stage), { properties: p, associations: assoc });
      return { status: 201, body: hubObject(t) };
    }
    if (r.method === 'POST' && r.path === '/crm/v3/objects/tickets/search') {
      const filter = ((isObj(r.body) && Array.isArray(r.body.filterGroups) ? r.body.filterGroups[0] : undefined) as { filters?: Obj[] } | undefined)?.filters?.[0];
      if (!filter || filter.propertyName !== 'subject' || filter.operator !== 'CONTAINS_TOKEN' || !str(filter.value)) return shape('hubspot', [[false, 'search needs filterGroups[0].filters[0] {propertyName: "subject", operator: "CONTAINS_TOKEN", value}']])!;
      const found = store.get('hubspot')!.filter((t) => String((t.fields.properties as Obj).subject).includes(String(filter.value)));
      return { status: 200, body: { total: found.length, results: found.map(hubObject) } };
    }
    const one = /^\/crm\/v3\/objects\/tickets\/(\d+)$/.exec(r.path);
    const t = one && r.method === 'GET' ? find('hubspot', one[1]!) : undefined;
    return t ? { status: 200, body: hubObject(t) } : { status: 404, body: { status: 'error', message: 'Object not found', category: 'OBJECT_NOT_FOUND' } };
  }

  const CASE_FIELDS = new Set(['Subject', 'Description', 'Origin', 'Priority', 'Status', 'ContactId', 'SuppliedEmail', 'SuppliedName', 'SuppliedPhone', 'Type', 'Reason']);
  const sfCase = (t: FakeTicket) => ({ attributes: { type: 'Case', url: `/services/data/v60.0/sobjects/Case/${t.id}` }, Id: t.id, Status: t.status, IsClosed: t.status === 'Closed', CreatedDate: t.createdAt, LastModifiedDate: t.updatedAt, Subject: t.fields.Subject });
  function salesforce(r: FakeRequest): FakeReply {
    if (r.headers.authorization !== `Bearer ${creds.salesforce.token}`) return { status: 401, body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }] };
    const api = /^\/services\/data\/v\d+\.\d(\/.*)$/.exec(r.path)?.[1];
    if (r.method === 'POST' && api === '/sobjects/Case/') {
      const b = isObj(r.body) ? r.body : {};
      const unknown = Object.keys(b).find((k) => !CASE_FIELDS.has(k));
      if (unknown) return { status: 400, body: [{ message: `No such column '${unknown}' on sobject of type Case`, errorCode: 'INVALID_FIELD' }] };
      const bad = shape('salesforce', [
        [json(r), 'content-type must be application/json'],
        [str(b.Subject) && String(b.Subject).length <= 255, 'Subject must be a string of at most 255 characters'],
        [b.Priority === undefined || ['High', 'Medium', 'Low'].includes(String(b.Priority)), 'Priority must be High, Medium or Low'],
        [b.ContactId === undefined || str(b.ContactId), 'ContactId must be an id'],
      ]);
      if (bad) return bad;
      const t = add('salesforce', `500${String(seq++).padStart(15, '0')}`, String(b.Status ?? 'New'), b);
      return { status: 201, body: { id: t.id, success: true, errors: [] } };
    }
    if (r.method === 'GET' && api === '/query') {
      const like = /WHERE Subject LIKE '%([^%']+)%'/.exec(r.query.get('q') ?? '')?.[1];
      if (!like) return { status: 400, body: [{ message: 'unexpected query', errorCode: 'MALFORMED_QUERY' }] };
      const found = store.get('salesforce')!.filter((t) => String(t.fields.Subject).includes(like));
      return { status: 200, body: { totalSize: found.length, done: true, records: found.map(sfCase) } };
    }
    const id = api && /^\/sobjects\/Case\/(\w+)$/.exec(api)?.[1];
    const t = id && r.method === 'GET' ? find('salesforce', id) : undefined;
    return t ? { status: 200, body: sfCase(t) } : { status: 404, body: [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }] };
  }

  return {
    zendesk, freshdesk, hubspot, salesforce,
    tickets: (vendor: HelpdeskVendor) => [...store.get(vendor)!],
    setStatus(vendor: HelpdeskVendor, id: string, status: string) {
      const t = find(vendor, id);
      if (!t) throw new Error(`helpdesk-server: no ${vendor} ticket ${id}`);
      Object.assign(t, { status, updatedAt: now() });
    },
  };
}
