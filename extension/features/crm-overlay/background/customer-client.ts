// The collector's customer routes as the background uses them: lookup, journey, link, and creating a
// customer from a CRM page's identifiers (docs/api-contract.md "Customers and journeys").
import type { z } from 'zod';
import type { Customer, CustomerIdentity } from '../../../../shared/customer/customer.ts';
import type { CustomerJourneyView, CustomerLookupResult } from '../../../../shared/customer/customer-journey-view.ts';
import type { CollectorTarget } from '../../../sync/collector-client.ts';
import {
  CollectorAuthError,
  CollectorHttpError,
  CollectorResponseError,
  CollectorUnreachableError,
  describeError,
} from '../../../sync/collector-errors.ts';
import { customerJourneyViewSchema, customerLookupResultSchema, customerSchema } from './journey-view-schema.ts';

/** One way to look a customer up: a CRM id, an e-mail, or a handle on a platform (`name` adds candidates). */
export type CustomerLookupQuery =
  | { crm: string; crmId: string; name?: string }
  | { email: string; name?: string }
  | { handle: string; platform: string; name?: string };

/** An identity to link to (or unlink from) a customer. */
export type CustomerLink = { platform: string; handle: string } | { email: string } | { crm: string; crmId: string };

export type CustomerClient = ReturnType<typeof createCustomerClient>;

export function createCustomerClient(target: CollectorTarget, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  const base = target.collectorUrl.replace(/\/+$/, '');

  async function call<T>(path: string, schema: z.ZodType<T, unknown> | undefined, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${target.token}`);
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, { ...init, headers });
    } catch (error) {
      throw new CollectorUnreachableError(`collector: unreachable at ${base}: ${describeError(error)}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (response.ok && !schema) return undefined as T;
      throw new CollectorResponseError(`collector: ${path} did not answer JSON (HTTP ${response.status})`);
    }
    if (!response.ok) {
      const detail = body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
      if (response.status === 401) throw new CollectorAuthError(`collector: 401 unauthorized (${detail})`);
      throw new CollectorHttpError(`collector: ${response.status} on ${path.split('?')[0]} (${detail})`, response.status);
    }
    if (!schema) return body as T;
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new CollectorResponseError(`collector: ${path.split('?')[0]} broke the API contract: ${parsed.error.message}`);
    return parsed.data;
  }

  const customerPath = (id: string) => `/api/customers/${encodeURIComponent(id)}`;

  return {
    /** `GET /api/customers/lookup`: the customer (or null) and candidate public authors. */
    lookup(query: CustomerLookupQuery): Promise<CustomerLookupResult> {
      const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
      return call(`/api/customers/lookup?${params}`, customerLookupResultSchema);
    },

    /** `GET /api/customers/:id/journey`; a 404 (customer erased) throws CollectorHttpError with status 404. */
    journey: (id: string): Promise<CustomerJourneyView> => call(`${customerPath(id)}/journey`, customerJourneyViewSchema),

    /** `POST /api/customers/:id/links`: the updated customer. */
    link: (id: string, link: CustomerLink): Promise<Customer> =>
      call(`${customerPath(id)}/links`, customerSchema, { method: 'POST', body: JSON.stringify(link) }),

    /** `POST /api/touchpoints` with one generic customer record: creates or enriches the customer. */
    async importCustomer(identity: CustomerIdentity): Promise<void> {
      const record = { type: 'customer', names: identity.names, emails: identity.emails, handles: identity.handles, crmIds: identity.crmIds };
      const answer = await call<{ errors?: { reason: string }[] }>('/api/touchpoints', undefined, { method: 'POST', body: JSON.stringify(record) });
      const refused = answer?.errors?.[0];
      if (refused) throw new CollectorResponseError(`collector: the customer record was refused: ${refused.reason}`);
    },
  };
}
