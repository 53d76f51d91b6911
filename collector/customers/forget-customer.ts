// Personal data has an owner: erase a customer with their identities, touchpoints, links and journeys.
// Their public mentions stay (they are public), unlinked and judged again without the erased history (no
// known-customer priority, no LZMOT that their bad experiences made), and the erased bytes are scrubbed.
import { KNOWN_PLATFORMS } from '../../shared/mention.ts';
import { CustomerNotFoundError, IdentityConflictError } from './customer-errors.ts';
import type { CustomerStore, ForgetCounts, IdentityRef } from './customer-store.ts';
import { emailRef, handleRef, identityKey } from './identity-refs.ts';
import { forgottenMention, linkChangeOf } from './linked-mention.ts';

/** Who to forget: an e-mail, or a handle (on one platform, or on any known one). */
export type ForgetSelector = { email: string } | { handle: string; platform?: string };

export interface ForgetOptions {
  /** Told what the database may still keep of the erased rows (see CustomerStore.scrubErased). */
  onResidue?: (note: string) => void;
}

export async function forgetCustomer(store: CustomerStore, customerId: string, opts: ForgetOptions = {}): Promise<ForgetCounts> {
  const counts = await store.transaction(async (tx) => {
    if (!(await tx.getCustomer(customerId))) throw new CustomerNotFoundError(`no customer ${customerId}`);
    const mentions = await tx.mentionsOfCustomer(customerId, Number.MAX_SAFE_INTEGER);
    await tx.setMentionLinks(mentions.map((m) => linkChangeOf(forgottenMention(m))));
    return tx.forgetCustomer(customerId);
  });
  const residue = await store.scrubErased();
  if (residue) opts.onResidue?.(residue);
  return counts;
}

/** The customer an e-mail or handle belongs to; refuses to pick when a handle names several people. */
export async function findCustomerToForget(store: CustomerStore, selector: ForgetSelector): Promise<string> {
  const refs: IdentityRef[] =
    'email' in selector
      ? [emailRef(selector.email)]
      : selector.platform
        ? [handleRef(selector.platform, selector.handle)]
        : KNOWN_PLATFORMS.map((platform) => handleRef(platform, selector.handle));
  const owners = await store.ownersOf(refs);
  const ids = [...new Set(owners.values())];
  const what = 'email' in selector ? `e-mail ${selector.email}` : `handle ${selector.handle}${selector.platform ? ` on ${selector.platform}` : ''}`;
  if (!ids.length) throw new CustomerNotFoundError(`no customer has the ${what}`);
  if (ids.length > 1) {
    const platforms = refs.filter((r) => owners.has(identityKey(r))).map((r) => r.scope);
    throw new IdentityConflictError(`the ${what} belongs to ${ids.length} customers (on ${platforms.join(', ')}): name the platform with --platform`, ids);
  }
  return ids[0]!;
}
