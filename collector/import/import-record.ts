// The generic import record (one JSON object per line, from DESIGN.md) and its validation into an ImportRecord.
import { z } from 'zod';
import {
  crmIdSchema,
  crmSystemSchema,
  customerIdentitySchema,
  hasHardIdentifier,
  type CustomerIdentity,
} from '../../shared/customer/customer.ts';
import { channelSchema, directionSchema, isoInstantSchema, outcomeSchema, type Touchpoint } from '../../shared/journey/touchpoint.ts';
import { platformSchema, sentimentSchema, type Sentiment } from '../../shared/mention.ts';
import { momentSchema, stageSchema } from '../../shared/moment-of-truth.ts';
import { hash64 } from '../../shared/stable-id.ts';
import { plainTouchpoint } from './plain-record.ts';

/** A customer to create or enrich; the store matches it to an existing one by e-mail, handle or CRM id. */
export interface ImportedCustomer {
  type: 'customer';
  /** Deterministic: re-importing the same row gives the same id, so the store upserts. */
  externalId: string;
  customer: CustomerIdentity;
}

/** A touchpoint, with the identity of the customer it belongs to (resolved to a customer id by the store). */
export type ImportedTouchpoint = Omit<Touchpoint, 'id' | 'customerId' | 'externalId'> & {
  type: 'touchpoint';
  /** Deterministic: the source's id when it has one, else a hash of the record's content. */
  externalId: string;
  customer: CustomerIdentity;
};

export type ImportRecord = ImportedCustomer | ImportedTouchpoint;

const text = (max: number) => z.string().trim().min(1).max(max);
const oneOrMany = z.union([z.string(), z.array(z.string())]).optional();
const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Identity fields as people write them: `email` or `emails`, `handles` as {platform: handle}, `crmIds` as {system: id}. */
const identityInput = z.object({
  name: oneOrMany,
  names: oneOrMany,
  email: oneOrMany,
  emails: oneOrMany,
  handles: z.union([z.record(platformSchema, z.string()), z.array(z.object({ platform: z.string(), handle: z.string() }))]).optional(),
  crmIds: z.union([z.partialRecord(crmSystemSchema, z.string()), z.array(crmIdSchema)]).optional(),
});
type IdentityInput = z.infer<typeof identityInput>;

/** A number −1 … 1 given by the source becomes a scored sentiment labelled at ±0.05, confidence 1 (as given). */
const sentimentInput = z.union([
  z.number().min(-1).max(1).transform((score): Sentiment => ({ score, label: score <= -0.05 ? 'negative' : score >= 0.05 ? 'positive' : 'neutral', confidence: 1 })),
  sentimentSchema,
]);

const touchpointInput = z.object({
  type: z.literal('touchpoint'),
  externalId: text(300).optional(),
  customer: identityInput,
  channel: channelSchema,
  at: isoInstantSchema,
  direction: directionSchema.optional(),
  summary: text(4000).optional(),
  outcome: outcomeSchema.optional(),
  resolvedAt: isoInstantSchema.optional(),
  sentiment: sentimentInput.optional(),
  effort: z.number().min(0).max(1).optional(),
  moment: momentSchema.optional(),
  stage: stageSchema.optional(),
  mentionId: text(200).optional(),
  crmRef: crmIdSchema.optional(),
});

const customerInput = identityInput.extend({ type: z.literal('customer'), externalId: text(300).optional() });

const recordInput = z.discriminatedUnion('type', [touchpointInput, customerInput]);

function toIdentity(input: IdentityInput): { identity: CustomerIdentity } | { reason: string } {
  const handles = Array.isArray(input.handles) ? input.handles : Object.entries(input.handles ?? {}).map(([platform, handle]) => ({ platform, handle }));
  const crmIds = Array.isArray(input.crmIds) ? input.crmIds : Object.entries(input.crmIds ?? {}).map(([system, id]) => ({ system, id }));
  const parsed = customerIdentitySchema.safeParse({
    names: [...asList(input.name), ...asList(input.names)].filter((n) => n.trim()),
    emails: [...asList(input.email), ...asList(input.emails)].filter((e) => e.trim()),
    handles: handles.filter((h) => h.handle.trim()),
    crmIds: crmIds.filter((c) => c.id?.trim()),
  });
  if (!parsed.success) return { reason: describeIssues(parsed.error) };
  if (!hasHardIdentifier(parsed.data)) return { reason: 'customer needs an e-mail, a handle or a CRM id (a name alone could be anyone)' };
  return { identity: parsed.data };
}

/** "channel: Invalid option…; at: an ISO 8601 date-time…" — one clause per bad field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** JSON with keys sorted, so equal records hash equally whatever their key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The first hard identifier, as a key: what a customer record without externalId is known by. */
function identityKey(identity: CustomerIdentity): string {
  const email = identity.emails[0];
  if (email) return `email:${email}`;
  const handle = identity.handles[0];
  if (handle) return `handle:${handle.platform}:${handle.handle}`;
  const crm = identity.crmIds[0]!;
  return `crm:${crm.system}:${crm.id}`;
}

/**
 * Validates one generic record (a parsed JSON object, or a row already mapped to that shape). A plain valid
 * touchpoint is checked by plain-record.ts; `schemasOnly` skips that (to compare the two).
 */
export function toImportRecord(input: unknown, idPrefix = 'import', schemasOnly = false): { record: ImportRecord } | { reason: string } {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { reason: 'expected a JSON object' };
  if (!('type' in input)) return { reason: 'type: expected "touchpoint" or "customer"' };
  const plain = schemasOnly ? undefined : plainTouchpoint(input as Record<string, unknown>);
  if (plain) {
    const withoutId = { ...plain.fields, customer: plain.customer };
    return { record: { type: 'touchpoint', externalId: plain.externalId ?? `${idPrefix}-${hash64(stableJson(withoutId))}`, ...withoutId } as ImportedTouchpoint };
  }
  const parsed = recordInput.safeParse(input);
  if (!parsed.success) return { reason: describeIssues(parsed.error) };
  const data = parsed.data;
  if (data.type === 'customer') {
    const { type: _, externalId, ...identityFields } = data;
    const identity = toIdentity(identityFields);
    if ('reason' in identity) return identity;
    return { record: { type: 'customer', externalId: externalId ?? `customer-${hash64(identityKey(identity.identity))}`, customer: identity.identity } };
  }
  const identity = toIdentity(data.customer);
  if ('reason' in identity) return { reason: `customer: ${identity.reason}` };
  const { type: _, externalId, customer: __, ...fields } = data;
  const withoutId = { ...fields, customer: identity.identity };
  return {
    record: { type: 'touchpoint', externalId: externalId ?? `${idPrefix}-${hash64(stableJson(withoutId))}`, ...withoutId },
  };
}
