// Which new mentions linking to customers may change: those whose author's handle, on their platform, belongs
// to a known customer. The others come out of linkCustomers as they went in (it links by that handle alone,
// and a customer's records and identities are saved together), so a run can store them as soon as they are
// made, while the threads enrich the rest, and settle the linking of the held ones once the run is whole.
import type { Mention } from '../../shared/mention.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import { handleRef, identityKey } from '../customers/identity-refs.ts';

/** `mentions` split, each part in its order: `settled` never linked by this run, `held` perhaps linked. */
export async function splitByPossibleCustomer(mentions: readonly Mention[], store: Pick<CustomerStore, 'ownersOf'>): Promise<{ settled: Mention[]; held: Mention[] }> {
  const refs = mentions.map((m) => (m.author.handle && !m.customerId ? handleRef(m.platform, m.author.handle) : undefined));
  const asked = refs.filter((ref) => ref !== undefined);
  const owners = asked.length ? await store.ownersOf(asked) : new Map<string, string>();
  if (!owners.size) return { settled: [...mentions], held: [] };
  const settled: Mention[] = [];
  const held: Mention[] = [];
  mentions.forEach((m, i) => {
    const ref = refs[i];
    (ref && owners.has(identityKey(ref)) ? held : settled).push(m);
  });
  return { settled, held };
}
