// GET /api/customers/lookup: the customer a CRM page shows (by e-mail, handle on a platform, or CRM id),
// and public authors who might be them — suggestions for a person to confirm, never links.
import type { z } from 'zod';
import type { customerLookupQuerySchema } from '../../shared/api/customers.ts';
import type { CustomerLookupResult } from '../../shared/api/journey-view.ts';
import type { CustomerStore, IdentityRef } from './customer-store.ts';
import { crmRef, emailRef, handleRef, identityKey } from './identity-refs.ts';

/** The query of GET /api/customers/lookup, as the contract's schema reads it. */
export type LookupQuery = z.output<typeof customerLookupQuerySchema>;

/** At most this many suggestions: a common name must not flood the overlay. */
const MAX_CANDIDATES = 10;

export async function lookupCustomer(store: CustomerStore, query: LookupQuery): Promise<CustomerLookupResult> {
  const refs: IdentityRef[] = [
    ...(query.email ? [emailRef(query.email)] : []),
    ...(query.handle && query.platform ? [handleRef(query.platform, query.handle)] : []),
    ...(query.crm && query.crmId ? [crmRef(query.crm, query.crmId)] : []),
  ];
  const owners = refs.length ? await store.ownersOf(refs) : new Map<string, string>();
  // The first identifier given decides when the page's identifiers disagree (the e-mail over a handle).
  const ownerId = refs.map((r) => owners.get(identityKey(r))).find((id) => id !== undefined);
  const customer = ownerId ? ((await store.getCustomer(ownerId)) ?? null) : null;
  const names = [...new Set([...(query.name ? [query.name] : []), ...(customer?.names ?? [])])];
  const seen = new Set<string>();
  const candidates = [];
  for (const name of names.length ? names : [undefined]) {
    const found = await store.authorCandidates({
      ...(name ? { name } : {}),
      ...(customer ? {} : { handle: query.handle, platform: query.platform }),
      limit: MAX_CANDIDATES,
    });
    for (const c of found) {
      if (seen.has(`${c.platform}\n${c.handle}`) || candidates.length === MAX_CANDIDATES) continue;
      seen.add(`${c.platform}\n${c.handle}`);
      candidates.push(c.reason === 'same handle' ? { ...c, reason: 'handle seen on the page' } : c);
    }
  }
  return { customer, candidates };
}
