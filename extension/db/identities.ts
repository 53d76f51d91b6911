// The identities table: every e-mail, handle and CRM id of a cached customer, so the customer on a CRM
// page is found with one indexed read.
import { normalizeHandle } from '../../shared/author-handle.ts';
import type { Customer } from '../../shared/customer/customer.ts';
import type { PersonIdentifiers } from '../sites/crm/person-identifiers.ts';

/** What kind of identifier a key is. */
export type IdentityKind = 'crm' | 'email' | 'handle';

/** One row of `identities`. */
export interface IdentityRow {
  /** `crm:<system>:<id>`, `email:<address>` or `handle:<platform>:<handle>` (primary key). */
  key: string;
  kind: IdentityKind;
  customerId: string;
}

/** Indexed fields only: by key (the lookup), by customer (to replace a customer's identities). */
export const IDENTITIES_INDEXES = 'key, customerId';

export const crmKey = (system: string, id: string): string => `crm:${system}:${id.trim()}`;
export const emailKey = (email: string): string => `email:${email.trim().toLowerCase()}`;
export const handleKey = (platform: string, handle: string): string => `handle:${platform.toLowerCase()}:${normalizeHandle(handle)}`;

/** Every identity row of a customer. */
export function identityRowsOf(customer: Customer): IdentityRow[] {
  const rows: IdentityRow[] = [
    ...customer.crmIds.map((c) => ({ key: crmKey(c.system, c.id), kind: 'crm' as const, customerId: customer.id })),
    ...customer.emails.map((e) => ({ key: emailKey(e), kind: 'email' as const, customerId: customer.id })),
    ...customer.handles.map((h) => ({ key: handleKey(h.platform, h.handle), kind: 'handle' as const, customerId: customer.id })),
  ];
  return [...new Map(rows.map((row) => [row.key, row])).values()];
}

/** The keys of what a page shows about a person, surest first: CRM ids, then e-mails, then handles. */
export function identityKeysOfPerson(person: PersonIdentifiers): string[] {
  return [
    ...(person.crmIds ?? []).map((c) => crmKey(c.system, c.id)),
    ...person.emails.map(emailKey),
    ...person.handles.map((h) => handleKey(h.platform, h.handle)),
  ];
}
