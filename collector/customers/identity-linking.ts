// People link and unlink an author (a handle, an e-mail, a CRM id) to a customer. A link is recorded with
// who, when and what it replaced, so unlinking restores exactly that: the identity to whoever held it and
// each mention's customer, moment and priority.
import type { Customer } from '../../shared/customer/customer.ts';
import type { Mention } from '../../shared/mention.ts';
import { CustomerNotFoundError } from './customer-errors.ts';
import { currentRisk } from './customer-moments.ts';
import type { CustomerStore, IdentityRef, MentionLinkChange } from './customer-store.ts';
import { describeIdentity, identityKey, identityListsOf, identityRefsOf } from './identity-refs.ts';
import { refreshJourneys } from './journey-view.ts';
import { linkChangeOf, linkedMention, unlinkedMention } from './linked-mention.ts';

/** A person's request: this identity, this customer, by whom (the API token's name) and when. */
export interface LinkRequest {
  customerId: string;
  identity: IdentityRef;
  by: string;
  now: string;
}

/** Mentions by one author relinked at once; an author with more is a brand account, not a customer. */
const AUTHOR_MENTIONS = 1000;

/** The customer with the identity removed, and the index it had among identities of its kind. */
function withoutIdentity(customer: Customer, ref: IdentityRef): { customer: Customer; position: number } {
  const key = identityKey(ref);
  const sameKind = identityRefsOf(customer).filter((r) => r.kind === ref.kind);
  const position = sameKind.findIndex((r) => identityKey(r) === key);
  return { customer: { ...customer, ...identityListsOf(identityRefsOf(customer).filter((r) => identityKey(r) !== key)) }, position };
}

/** The customer with the identity added at `position` among its kind (at the end when not given). */
function withIdentity(customer: Customer, ref: IdentityRef, position?: number): Customer {
  const refs = identityRefsOf(customer);
  const sameKind = refs.filter((r) => r.kind === ref.kind);
  sameKind.splice(position ?? sameKind.length, 0, ref);
  return { ...customer, ...identityListsOf([...refs.filter((r) => r.kind !== ref.kind), ...sameKind]) };
}

const mentionsOf = (tx: CustomerStore, ref: IdentityRef): Promise<Mention[]> =>
  ref.kind === 'handle' ? tx.mentionsByAuthor(ref.scope, ref.value, AUTHOR_MENTIONS) : Promise.resolve([]);

async function customerOrThrow(tx: CustomerStore, id: string): Promise<Customer> {
  const customer = await tx.getCustomer(id);
  if (!customer) throw new CustomerNotFoundError(`no customer ${id}`);
  return customer;
}

/** Links the identity (taking it from another customer if one held it) and that author's mentions. */
export function linkIdentity(store: CustomerStore, req: LinkRequest): Promise<Customer> {
  const { customerId: id, identity: ref, now } = req;
  return store.transaction(async (tx) => {
    const customer = await customerOrThrow(tx, id);
    const owner = (await tx.ownersOf([ref])).get(identityKey(ref));
    const alreadyOwned = owner === id;
    const previous = owner && !alreadyOwned ? withoutIdentity(await customerOrThrow(tx, owner), ref) : undefined;
    if (previous) await tx.saveCustomer(previous.customer, now);
    const updated = alreadyOwned ? customer : withIdentity(customer, ref);
    if (!alreadyOwned) await tx.saveCustomer(updated, now);
    const authored = (await mentionsOf(tx, ref)).filter((m) => m.customerId !== id);
    const risk = await currentRisk(tx, id, now, authored);
    await tx.setMentionLinks(authored.map((m) => linkChangeOf(linkedMention(m, id, risk))));
    if (!alreadyOwned || authored.length) {
      await tx.recordLink({
        customerId: id,
        identity: ref,
        ...(previous ? { previousCustomerId: owner, previousPosition: previous.position } : {}),
        alreadyOwned,
        linkedBy: req.by,
        linkedAt: now,
        mentions: authored.map(linkChangeOf),
      });
    }
    await refreshJourneys(tx, previous ? [id, owner!] : [id], now);
    return updated;
  });
}

/**
 * Undoes the newest link of this identity to this customer: the identity goes back to whoever held it
 * before (or to nobody), the mentions it linked get their recorded state back, and mentions by that author
 * linked since follow the identity. Without such a link (the identity came from an import) the identity is
 * removed and the author's mentions are unlinked.
 */
export function unlinkIdentity(store: CustomerStore, req: LinkRequest): Promise<Customer> {
  const { customerId: id, identity: ref, now } = req;
  return store.transaction(async (tx) => {
    const customer = await customerOrThrow(tx, id);
    const link = await tx.activeLink(id, ref);
    const owns = identityRefsOf(customer).some((r) => identityKey(r) === identityKey(ref));
    if (!link && !owns) throw new CustomerNotFoundError(`customer ${id} has no ${describeIdentity(ref)}`);
    let updated = customer;
    let restoredTo: string | undefined;
    if (owns && !link?.alreadyOwned) {
      updated = withoutIdentity(customer, ref).customer;
      await tx.saveCustomer(updated, now);
      const previous = link?.previousCustomerId ? await tx.getCustomer(link.previousCustomerId) : undefined;
      if (previous) {
        await tx.saveCustomer(withIdentity(previous, ref, link?.previousPosition), now);
        restoredTo = previous.id;
      }
    }
    const recorded = new Map((link?.mentions ?? []).map((m) => [m.mentionId, m]));
    const linkedHere = (await mentionsOf(tx, ref)).filter((m) => m.customerId === id);
    const later = linkedHere.filter((m) => !recorded.has(m.id));
    const changes: MentionLinkChange[] = linkedHere.filter((m) => recorded.has(m.id)).map((m) => recorded.get(m.id)!);
    if (!link?.alreadyOwned && later.length) {
      const risk = restoredTo ? await currentRisk(tx, restoredTo, now, later) : undefined;
      changes.push(...later.map((m) => linkChangeOf(restoredTo && risk ? linkedMention(m, restoredTo, risk) : unlinkedMention(m))));
    }
    await tx.setMentionLinks(changes);
    if (link) await tx.closeLink(link.id, req.by, now);
    await refreshJourneys(tx, restoredTo ? [id, restoredTo] : [id], now);
    return updated;
  });
}
