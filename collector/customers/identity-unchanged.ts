// Whether merging an imported identity into a customer would leave the customer as it is, answered without
// the merge: a customer's rows repeat the identity already stored (one customer, many touchpoints), and
// merging folds every name and compares the whole record each time. Only a yes is trusted; on a no the
// caller merges as before, so the outcome is the same either way.
import { normalizeHandle } from '../../shared/author-handle.ts';
import { normalizeEmail, normalizeName, type Customer, type CustomerIdentity } from '../../shared/customer/customer.ts';

/** Per customer record: its lists already as a merge leaves them (no duplicates, values normalised). */
const clean = new WeakMap<Customer, boolean>();

const distinct = <T>(items: readonly T[], key: (item: T) => string): boolean => new Set(items.map(key)).size === items.length;

function isClean(customer: Customer): boolean {
  let known = clean.get(customer);
  if (known === undefined) {
    known =
      distinct(customer.names, normalizeName) &&
      distinct(customer.emails, (e) => e) &&
      customer.emails.every((e) => normalizeEmail(e) === e) &&
      distinct(customer.handles, (h) => `${h.platform}\n${h.handle}`) &&
      customer.handles.every((h) => normalizeHandle(h.handle) === h.handle) &&
      distinct(customer.crmIds, (c) => `${c.system}\n${c.id}`) &&
      customer.crmIds.every((c) => c.id.trim() === c.id);
    clean.set(customer, known);
  }
  return known;
}

/**
 * True when `mergeIdentities(customer, identity)`, stored, is `customer` unchanged: every value of the
 * identity is already the customer's, written the same, and the customer's lists are as a merge leaves them.
 */
export function addsNothing(customer: Customer, identity: CustomerIdentity): boolean {
  return (
    identity.names.every((n) => customer.names.includes(n)) &&
    identity.emails.every((e) => customer.emails.includes(e)) &&
    identity.handles.every((h) => customer.handles.some((o) => o.platform === h.platform && o.handle === h.handle)) &&
    identity.crmIds.every((c) => customer.crmIds.some((o) => o.system === c.system && o.id === c.id)) &&
    isClean(customer)
  );
}
