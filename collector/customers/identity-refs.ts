// Hard identifiers as flat refs (kind, scope, value): how the store keys them, and back to a Customer's lists.
import { normalizeHandle } from '../../shared/author-handle.ts';
import { normalizeEmail, type CrmSystem, type CustomerIdentity } from '../../shared/customer/customer.ts';
import type { IdentityRef } from './customer-store.ts';

/** One string per identity, for maps and sets. */
export const identityKey = (ref: IdentityRef): string => `${ref.kind}\n${ref.scope}\n${ref.value}`;

export const emailRef = (email: string): IdentityRef => ({ kind: 'email', scope: '', value: normalizeEmail(email) });
export const handleRef = (platform: string, handle: string): IdentityRef => ({ kind: 'handle', scope: platform, value: normalizeHandle(handle) });
export const crmRef = (system: string, id: string): IdentityRef => ({ kind: 'crm', scope: system, value: id.trim() });

/** Every hard identifier of an identity, e-mails first, then handles, then CRM ids, in their order. */
export function identityRefsOf(identity: Pick<CustomerIdentity, 'emails' | 'handles' | 'crmIds'>): IdentityRef[] {
  return [
    ...identity.emails.map(emailRef),
    ...identity.handles.map((h) => handleRef(h.platform, h.handle)),
    ...identity.crmIds.map((c) => crmRef(c.system, c.id)),
  ];
}

/** The lists of a customer record from its refs (in the order given). */
export function identityListsOf(refs: readonly IdentityRef[]): Pick<CustomerIdentity, 'emails' | 'handles' | 'crmIds'> {
  return {
    emails: refs.filter((r) => r.kind === 'email').map((r) => r.value),
    handles: refs.filter((r) => r.kind === 'handle').map((r) => ({ platform: r.scope, handle: r.value })),
    crmIds: refs.filter((r) => r.kind === 'crm').map((r) => ({ system: r.scope as CrmSystem, id: r.value })),
  };
}

/** "reddit handle marta_rz", "e-mail marta@example.com", "zendesk id 90377": for messages. */
export function describeIdentity(ref: IdentityRef): string {
  if (ref.kind === 'email') return `e-mail ${ref.value}`;
  if (ref.kind === 'handle') return `${ref.scope} handle ${ref.value}`;
  return `${ref.scope} id ${ref.value}`;
}
