// Customer routes: lookup, journey view, identity links (POST/DELETE), journey moves, and erasure.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { crmSystemSchema, emailSchema } from '../../../shared/customer/customer.ts';
import { platformSchema } from '../../../shared/mention.ts';
import { CustomerNotFoundError } from '../../customers/customer-errors.ts';
import { loadCustomerMoments, touchpointIdOfMoment } from '../../customers/customer-moments.ts';
import type { CustomerStore, IdentityRef } from '../../customers/customer-store.ts';
import { forgetCustomer } from '../../customers/forget-customer.ts';
import { crmRef, emailRef, handleRef } from '../../customers/identity-refs.ts';
import { linkIdentity, unlinkIdentity } from '../../customers/identity-linking.ts';
import { buildJourneyView, refreshJourneys } from '../../customers/journey-view.ts';
import { lookupCustomer } from '../../customers/customer-lookup.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const lookupQuery = z
  .object({
    email: emailSchema.optional(),
    handle: text(300).optional(),
    platform: platformSchema.optional(),
    crm: crmSystemSchema.optional(),
    crmId: text(200).optional(),
    name: text(200).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.handle && !q.platform) ctx.addIssue({ code: 'custom', path: ['platform'], message: 'give the platform of the handle' });
    if (!q.crm !== !q.crmId) ctx.addIssue({ code: 'custom', path: [q.crm ? 'crmId' : 'crm'], message: 'give "crm" and "crmId" together' });
    if (!q.email && !q.handle && !q.crmId && !q.name) ctx.addIssue({ code: 'custom', path: [], message: 'give email, handle and platform, crm and crmId, or name' });
  });

/** `{platform, handle}`, `{email}` or `{crm, crmId}`: the identity to link or unlink. */
export const linkBody = z
  .object({ platform: platformSchema.optional(), handle: text(300).optional(), email: emailSchema.optional(), crm: crmSystemSchema.optional(), crmId: text(200).optional() })
  .strict()
  .transform((b, ctx): IdentityRef => {
    const shapes = [b.platform !== undefined || b.handle !== undefined, b.email !== undefined, b.crm !== undefined || b.crmId !== undefined].filter(Boolean).length;
    if (shapes === 1 && b.platform && b.handle) return handleRef(b.platform, b.handle);
    if (shapes === 1 && b.email) return emailRef(b.email);
    if (shapes === 1 && b.crm && b.crmId) return crmRef(b.crm, b.crmId);
    ctx.addIssue({ code: 'custom', message: 'give one identity: {"platform", "handle"}, {"email"} or {"crm", "crmId"}' });
    return z.NEVER;
  });

export const moveBody = z
  .object({ momentId: text(200), journeyId: z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/, 'letters, digits, "-", "_", "." or ":" (at most 120)') })
  .strict();

type WithId = { Params: { id: string } };

export function customerRoutes(app: FastifyInstance, store: CustomerStore): void {
  const now = () => new Date().toISOString();
  const viewOrThrow = async (id: string) => {
    const view = await buildJourneyView(store, id, now());
    if (!view) throw new CustomerNotFoundError(`no customer ${id}`);
    return view;
  };
  const who = (request: { tokenName?: string }) => request.tokenName ?? 'unknown';

  app.get('/api/customers/lookup', async (request) => lookupCustomer(store, lookupQuery.parse(request.query)));

  app.get<WithId>('/api/customers/:id/journey', async (request) => viewOrThrow(request.params.id));

  app.post<WithId>('/api/customers/:id/links', async (request) =>
    linkIdentity(store, { customerId: request.params.id, identity: linkBody.parse(request.body ?? {}), by: who(request), now: now() }),
  );

  app.delete<WithId>('/api/customers/:id/links', async (request) =>
    unlinkIdentity(store, { customerId: request.params.id, identity: linkBody.parse(request.body ?? {}), by: who(request), now: now() }),
  );

  app.post<WithId>('/api/customers/:id/journey/moves', async (request) => {
    const { id } = request.params;
    const body = moveBody.parse(request.body ?? {});
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
