// The customer routes: lookup, identity links (POST/DELETE), journey moves and erasure (docs/api-contract.md
// "Customers and journeys"). What they answer is in journey-view.ts.
import { z } from 'zod';
import { crmSystemSchema, customerIdentitySchema, emailSchema, type CrmSystem } from '../customer/customer.ts';
import { platformSchema } from '../mention.ts';
import { textParam } from './common.ts';

/** GET /api/customers/lookup: one identifier (or a name alone, for candidates); `name` adds candidates. */
export const customerLookupQuerySchema = z
  .object({
    email: emailSchema.optional(),
    handle: textParam(300).optional(),
    platform: platformSchema.optional(),
    crm: crmSystemSchema.optional(),
    crmId: textParam(200).optional(),
    name: textParam(200).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.handle && !q.platform) ctx.addIssue({ code: 'custom', path: ['platform'], message: 'give the platform of the handle' });
    if (!q.crm !== !q.crmId) ctx.addIssue({ code: 'custom', path: [q.crm ? 'crmId' : 'crm'], message: 'give "crm" and "crmId" together' });
    if (!q.email && !q.handle && !q.crmId && !q.name) ctx.addIssue({ code: 'custom', path: [], message: 'give email, handle and platform, crm and crmId, or name' });
  });
export type CustomerLookupQuery = z.input<typeof customerLookupQuerySchema>;

/** One identity to link or unlink. */
export type IdentityLinkBody = { platform: string; handle: string } | { email: string } | { crm: CrmSystem; crmId: string };

/** POST and DELETE /api/customers/:id/links: `{platform, handle}`, `{email}` or `{crm, crmId}` — exactly one. */
export const identityLinkBodySchema = z
  .object({ platform: platformSchema.optional(), handle: textParam(300).optional(), email: emailSchema.optional(), crm: crmSystemSchema.optional(), crmId: textParam(200).optional() })
  .strict()
  .transform((b, ctx): IdentityLinkBody => {
    const shapes = [b.platform !== undefined || b.handle !== undefined, b.email !== undefined, b.crm !== undefined || b.crmId !== undefined].filter(Boolean).length;
    if (shapes === 1 && b.platform && b.handle) return { platform: b.platform, handle: b.handle };
    if (shapes === 1 && b.email) return { email: b.email };
    if (shapes === 1 && b.crm && b.crmId) return { crm: b.crm, crmId: b.crmId };
    ctx.addIssue({ code: 'custom', message: 'give one identity: {"platform", "handle"}, {"email"} or {"crm", "crmId"}' });
    return z.NEVER;
  });

/** POST /api/customers/:id/journey/moves: put a moment (touchpoint or mention id) in a journey. */
export const journeyMoveBodySchema = z
  .object({
    momentId: textParam(200),
    /** An existing journey id, or a new one. */
    journeyId: z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/, 'letters, digits, "-", "_", "." or ":" (at most 120)'),
  })
  .strict();
export type JourneyMoveBody = z.input<typeof journeyMoveBodySchema>;

/** DELETE /api/customers/:id: what was erased (public mentions stay, unlinked). */
export const customerForgetAnswerSchema = z.object({
  deleted: z.object({ customers: z.number(), identities: z.number(), touchpoints: z.number(), links: z.number() }),
});
export type ForgetCounts = z.infer<typeof customerForgetAnswerSchema>['deleted'];

/** A customer record as a client sends it to POST /api/touchpoints: creates the customer or enriches it. */
export const customerRecordSchema = customerIdentitySchema.extend({ type: z.literal('customer') });
export type CustomerRecord = z.input<typeof customerRecordSchema>;
