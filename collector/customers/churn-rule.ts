// When a customer's history grows (an import adds their third bad experience), their public mentions
// already linked are judged again: priority with what is known now, and LZMOT for complaints once at churn risk.
import { currentRisk, MENTIONS_PER_CUSTOMER } from './customer-moments.ts';
import type { CustomerStore } from './customer-store.ts';
import { linkChanged, linkChangeOf, linkedMention } from './linked-mention.ts';

/** Returns how many mentions changed. */
export async function reapplyChurnRule(store: CustomerStore, customerIds: Iterable<string>, now: string): Promise<number> {
  let changed = 0;
  const ids = [...new Set(customerIds)];
  // One query finds who has mentions at all: most customers of an import have none.
  const withMentions = await store.customersWithMentions(ids);
  for (const customerId of ids) {
    if (!withMentions.has(customerId)) continue;
    const mentions = await store.mentionsOfCustomer(customerId, MENTIONS_PER_CUSTOMER);
    if (!mentions.length) continue;
    const risk = await currentRisk(store, customerId, now);
    const updates = mentions.map((m) => ({ before: m, after: linkedMention(m, customerId, risk) })).filter((u) => linkChanged(u.before, u.after));
    await store.setMentionLinks(updates.map((u) => linkChangeOf(u.after)));
    changed += updates.length;
  }
  return changed;
}
