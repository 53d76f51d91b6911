// The customer routes of the in-memory collector (docs/api-contract.md "Customers and journeys"): lookup,
// journey, links and customer records through POST /api/touchpoints.
import type { AuthorCandidate, CustomerJourneyView } from '../../../shared/customer/customer-journey-view.ts';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Customers the fake collector knows, with their journeys, and the public authors it can suggest. */
export class FakeCustomerDirectory {
  private readonly views = new Map<string, CustomerJourneyView>();
  /** Public authors suggested when a lookup finds nobody (filtered by the name or handle asked for). */
  readonly authors: AuthorCandidate[] = [];
  private created = 0;

  /** Adds or replaces a customer's journey view. */
  put(view: CustomerJourneyView): void {
    this.views.set(view.customer.id, structuredClone(view));
  }

  view(id: string): CustomerJourneyView | undefined {
    return this.views.get(id);
  }

  /** Erases a customer, as DELETE /api/customers/:id would. */
  delete(id: string): void {
    this.views.delete(id);
  }

  /** Answers a customer route, or undefined when the path is not one. */
  route(method: string, url: URL, body: unknown): Response | undefined {
    if (url.pathname === '/api/customers/lookup' && method === 'GET') return this.lookup(url.searchParams);
    if (url.pathname === '/api/touchpoints' && method === 'POST') return this.importRecord(body);
    const match = /^\/api\/customers\/([^/]+)\/(journey|links)$/.exec(url.pathname);
    if (!match?.[1]) return undefined;
    const view = this.views.get(decodeURIComponent(match[1]));
    if (!view) return json(404, { error: `api: no customer ${match[1]}` });
    if (match[2] === 'journey' && method === 'GET') return json(200, view);
    if (match[2] === 'links' && method === 'POST') return this.link(view, body);
    return json(405, { error: 'api: method not allowed' });
  }

  private lookup(query: URLSearchParams): Response {
    const email = query.get('email')?.toLowerCase();
    const handle = query.get('handle')?.toLowerCase();
    const platform = query.get('platform');
    const crm = query.get('crm');
    const crmId = query.get('crmId');
    const name = query.get('name')?.toLowerCase();
    if (!email && !(handle && platform) && !(crm && crmId)) return json(400, { error: 'api: give email, handle and platform, or crm and crmId', issues: [] });
    const customer = [...this.views.values()]
      .map((v) => v.customer)
      .find(
        (c) =>
          (email && c.emails.includes(email)) ||
          (handle && c.handles.some((h) => h.platform === platform && h.handle === handle)) ||
          (crm && c.crmIds.some((id) => id.system === crm && id.id === crmId)),
      );
    const linked = (a: AuthorCandidate) => [...this.views.values()].some((v) => v.customer.handles.some((h) => h.platform === a.platform && h.handle === a.handle));
    const sameName = (a: AuthorCandidate) => !!a.name && (a.name.toLowerCase() === name || !!customer?.names.some((n) => n.toLowerCase() === a.name?.toLowerCase()));
    if (customer) return json(200, { customer, candidates: this.authors.filter((a) => sameName(a) && !linked(a)) });
    const candidates = this.authors.filter((a) => !linked(a) && (sameName(a) || (handle && a.handle === handle && a.platform === platform)));
    return json(200, { customer: null, candidates });
  }

  private link(view: CustomerJourneyView, body: unknown): Response {
    const link = body as { platform?: string; handle?: string };
    if (!link.platform || !link.handle) return json(400, { error: 'api: bad body', issues: [{ path: 'handle', message: 'required' }] });
    const handle = { platform: link.platform, handle: link.handle.toLowerCase() };
    if (!view.customer.handles.some((h) => h.platform === handle.platform && h.handle === handle.handle)) view.customer.handles.push(handle);
    return json(200, view.customer);
  }

  private importRecord(body: unknown): Response {
    const record = body as { type?: string; names?: string[]; emails?: string[]; handles?: { platform: string; handle: string }[]; crmIds?: { system: string; id: string }[] };
    if (record.type !== 'customer') return json(200, { imported: 0, unchanged: 0, errors: [{ index: 0, reason: 'only customer records here' }] });
    const id = `cust-new-${++this.created}`;
    this.put({
      customer: { id, names: record.names ?? [], emails: record.emails ?? [], handles: record.handles ?? [], crmIds: (record.crmIds ?? []) as CustomerJourneyView['customer']['crmIds'] },
      risk: { badExperiences: 0, churnRisk: false, windowDays: 90, evidence: { touchpointIds: [], mentionIds: [] } },
      journeys: [],
      timeline: [],
      mentions: [],
    });
    return json(200, { imported: 1, unchanged: 0, errors: [] });
  }
}
