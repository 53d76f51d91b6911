// Stage 5, after enrich: a mention whose author handle is a known customer's is linked to them (hard
// identifiers only; a shared display name is never enough), its priority counts the known customer and
// their churn risk, and a negative post from a customer at churn risk becomes a less-than-zero moment (LZMOT).
import { IdentityIndex } from '../../shared/customer/identity-index.ts';
import { resolveAuthor } from '../../shared/customer/resolve-author.ts';
import type { CustomerRisk } from '../../shared/journey/customer-risk.ts';
import type { Mention } from '../../shared/mention.ts';
import { currentRisk } from '../customers/customer-moments.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import { handleRef } from '../customers/identity-refs.ts';
import { linkedMention } from '../customers/linked-mention.ts';

/**
 * Returns the mentions with `customerId`, `priority` and (churn rule) `moment` set where their author is a
 * known customer; the others unchanged. It only reads the store: the caller marks the linked customers'
 * journeys for a refresh once the mentions are stored (see collect-source.ts).
 */
export async function linkCustomers(mentions: readonly Mention[], store: CustomerStore, now: Date): Promise<Mention[]> {
  const authors = mentions.flatMap((m) => (m.author.handle && !m.customerId ? [handleRef(m.platform, m.author.handle)] : []));
  if (!authors.length) return [...mentions];
  const owners = await store.ownersOf(authors);
  if (!owners.size) return [...mentions];
  const index = new IdentityIndex(await store.getCustomers([...new Set(owners.values())]));
  const linkedTo = new Map<string, string>();
  for (const m of mentions) {
    if (!m.author.handle || m.customerId) continue;
    const { linked } = resolveAuthor({ platform: m.platform, handle: m.author.handle, ...(m.author.name ? { name: m.author.name } : {}) }, index);
    if (linked) linkedTo.set(m.id, linked);
  }
  const risks = new Map<string, CustomerRisk>();
  const at = now.toISOString();
  for (const customerId of new Set(linkedTo.values())) {
    // Their new posts count too: the third bad experience may be the complaint being collected now.
    const own = mentions.filter((m) => linkedTo.get(m.id) === customerId).map((m) => ({ ...m, customerId }));
    risks.set(customerId, await currentRisk(store, customerId, at, own));
  }
  return mentions.map((m) => {
    const customerId = linkedTo.get(m.id);
    return customerId ? linkedMention(m, customerId, risks.get(customerId)!) : m;
  });
}
