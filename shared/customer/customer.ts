// One unified customer record: the names, e-mails, platform handles and CRM ids that identify one person.
import { z } from 'zod';
import { normalizeHandle, type PlatformHandle } from '../author-handle.ts';
import { platformSchema } from '../mention.ts';
import { foldText } from '../text-fold.ts';

/** CRM and helpdesk systems a customer id can come from; `other` for anything else. */
export const CRM_SYSTEMS = ['salesforce', 'hubspot', 'zendesk', 'freshdesk', 'intercom', 'pipedrive', 'other'] as const;
export const crmSystemSchema = z.enum(CRM_SYSTEMS);
export type CrmSystem = z.infer<typeof crmSystemSchema>;

/** A record's id in one CRM or helpdesk (a contact id, a requester id, a case number). */
export const crmIdSchema = z.object({
  system: crmSystemSchema,
  /** The id exactly as the system shows it (trimmed). */
  id: z.string().trim().min(1).max(200),
});
export type CrmId = z.infer<typeof crmIdSchema>;

/** A platform handle, normalised on the way in (lowercase, no "@" or "u/"). */
export const platformHandleSchema = z.object({
  platform: platformSchema,
  handle: z.string().trim().min(1).max(300).transform(normalizeHandle).pipe(z.string().min(1)),
}) satisfies z.ZodType<PlatformHandle, unknown>;

/** Trimmed and lowercased; the rest of the address is kept as written (no provider-specific folding). */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** A display name for matching: accents and case folded, punctuation dropped, spaces collapsed. */
export function normalizeName(raw: string): string {
  return foldText(raw)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const emailSchema = z.string().trim().max(320).transform(normalizeEmail).pipe(z.email());

/** The identities of one person, without the record's own id: what an import row or a link carries. */
export const customerIdentitySchema = z.object({
  /** Names as written in the sources ("Marta Ruiz"); the first is the one to show. */
  names: z.array(z.string().trim().min(1).max(200)).default([]),
  /** E-mail addresses, lowercased. */
  emails: z.array(emailSchema).default([]),
  /** Handles per platform, normalised with `normalizeHandle`. */
  handles: z.array(platformHandleSchema).default([]),
  /** Ids of this person in CRMs and helpdesks. */
  crmIds: z.array(crmIdSchema).default([]),
});
export type CustomerIdentity = z.infer<typeof customerIdentitySchema>;

export const customerSchema = customerIdentitySchema.extend({
  /** Vigía's own id for the customer; never derived from personal data shown to others. */
  id: z.string().min(1).max(200),
});
/** One unified customer record. Identity links are explicit: a person adds or removes them. */
export type Customer = z.infer<typeof customerSchema>;

/** True when the identity holds something that identifies a person for sure: an e-mail, a handle or a CRM id. */
export function hasHardIdentifier(identity: Pick<CustomerIdentity, 'emails' | 'handles' | 'crmIds'>): boolean {
  return identity.emails.length > 0 || identity.handles.length > 0 || identity.crmIds.length > 0;
}

/** The union of two identities, without duplicates, keeping the order in which values were first seen. */
export function mergeIdentities(a: CustomerIdentity, b: CustomerIdentity): CustomerIdentity {
  const unique = <T>(items: T[], key: (item: T) => string): T[] => {
    const seen = new Set<string>();
    return items.filter((item) => {
      const k = key(item);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  return {
    names: unique([...a.names, ...b.names], normalizeName),
    emails: unique([...a.emails, ...b.emails], (e) => e),
    handles: unique([...a.handles, ...b.handles], (h) => `${h.platform}\n${h.handle}`),
    crmIds: unique([...a.crmIds, ...b.crmIds], (c) => `${c.system}\n${c.id}`),
  };
}
