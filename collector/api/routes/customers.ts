// Customer routes: lookup, journey view, identity links (POST/DELETE), journey moves, and erasure. Queries
// and bodies are read, and journeys answered, through the contract's schemas (shared/api).
import type { FastifyInstance } from 'fastify';
import {
  customerLookupQuerySchema,
  identityLinkBodySchema,
  journeyMoveBodySchema,
  type IdentityLinkBody,
} from '../../../shared/api/customers.ts';
import { customerJourneyViewSchema, type CustomerJourneyView } from '../../../shared/api/journey-view.ts';
import { CustomerNotFoundError } from '../../customers/customer-errors.ts';
import { loadCustomerMoments, touchpointIdOfMoment } from '../../customers/customer-moments.ts';
import type { CustomerStore, IdentityRef } from '../../customers/customer-store.ts';
import { forgetCustomer } from '../../customers/forget-customer.ts';
import { crmRef, emailRef, handleRef } from '../../customers/identity-refs.ts';
import { linkIdentity, unlinkIdentity } from '../../customers/identity-linking.ts';
import { buildJourneyView, refreshJourneys } from '../../customers/journey-view.ts';
import { lookupCustomer } from '../../customers/customer-lookup.ts';

/** The store's key of the identity a link body names. */
export function identityRefOf(body: IdentityLinkBody): IdentityRef {
  if ('email' in body) return emailRef(body.email);
  if ('crm' in body) return crmRef(body.crm, body.crmId);
  return handleRef(body.platform, body.handle);
}

const linkBody = (body: unknown) => identityRefOf(identityLinkBodySchema.parse(body ?? {}));

type WithId = { Params: { id: string } };

export function customerRoutes(app: FastifyInstance, store: CustomerStore): void {
  const now = () => new Date().toISOString();
  const viewOrThrow = async (id: string): Promise<CustomerJourneyView> => {
    const view = await buildJourneyView(store, id, now());
    if (!view) throw new CustomerNotFoundError(`no customer ${id}`);
    // Checked against the contract's schema before it goes out (a break is a 500 here, not a broken overlay),
    // and sent as built: the same JSON, key order included, as before the schema moved to shared/api.
    customerJourneyViewSchema.parse(view);
    return view;
  };
  const who = (request: { tokenName?: string }) => request.tokenName ?? 'unknown';

  app.get('/api/customers/lookup', async (request) => lookupCustomer(store, customerLookupQuerySchema.parse(request.query)));

  app.get<WithId>('/api/customers/:id/journey', async (request) => viewOrThrow(request.params.id));

  app.post<WithId>('/api/customers/:id/links', async (request) =>
    linkIdentity(store, { customerId: request.params.id, identity: linkBody(request.body), by: who(request), now: now() }),
  );

  app.delete<WithId>('/api/customers/:id/links', async (request) =>
    unlinkIdentity(store, { customerId: request.params.id, identity: linkBody(request.body), by: who(request), now: now() }),
  );

  app.post<WithId>('/api/customers/:id/journey/moves', async (request) => {
    const { id } = request.params;
    const body = journeyMoveBodySchema.parse(request.body ?? {});
    const moments = await loadCustomerMoments(store, id);
    if (!moments) throw new CustomerNotFoundError(`no customer ${id}`);
    const mentionIds = new Set(moments.mentions.map((m) => m.id));
    const onTimeline = mentionIds.has(body.momentId) || moments.touchpoints.some((tp) => tp.id === body.momentId);
    if (!onTimeline) throw new CustomerNotFoundError(`customer ${id} has no moment ${body.momentId}`);
    const at = now();
    await store.saveJourneyMove({ customerId: id, touchpointId: touchpointIdOfMoment(body.momentId, mentionIds), journeyId: body.journeyId, by: who(request), at });
    await refreshJourneys(store, [id], at);
    return viewOrThrow(id);
  });

  app.delete<WithId>('/api/customers/:id', async (request) => ({ deleted: await forgetCustomer(store, request.params.id) }));
}
