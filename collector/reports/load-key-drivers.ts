// The key drivers the API, the dashboard and the reports show: one brand's (competitor or not) by the store's
// SQL aggregates; without a brand, OUR brands' — every mention but those about competitors only
// (shared/stats/key-driver-tally.ts), so a competitor's complaints never read as a reason our sentiment fell.
import type { KeyDrivers } from '../../shared/stats/key-drivers.ts';
import { previousPeriod } from '../../shared/stats/key-drivers.ts';
import { keyDriverTally, type KeyDriverScope } from '../../shared/stats/key-driver-tally.ts';
import type { MentionPosition, VigiaStore } from '../store/store.ts';

/** Mentions read per page when our brands' mentions are tallied here. */
const PAGE = 500;

export async function loadKeyDrivers(store: VigiaStore, q: KeyDriverScope): Promise<KeyDrivers> {
  if (q.brand) return store.aspectStats({ from: q.from, to: q.to, brand: q.brand });
  // Both periods, newest first from the end of the range (the page key is exclusive: nothing at `to` itself).
  const start: MentionPosition = { mode: 'newest', after: { sortAt: q.to, id: '' }, publishedSince: previousPeriod(q.from, q.to).from };
  // No mention about competitors only in either period: ours are all of them, which SQL aggregates at once.
  if ((await store.listMentions({ competitor: true }, start, 1)).items.length === 0) return store.aspectStats({ from: q.from, to: q.to });
  // The store selects by one brand's name, not "every brand but the competitors": tally our mentions here,
  // with the arithmetic the SQL path feeds.
  const tally = keyDriverTally({ from: q.from, to: q.to });
  for (let position: MentionPosition | undefined = start; position; ) {
    const page = await store.listMentions({ competitor: false }, position, PAGE);
    for (const m of page.items) tally.add(m);
    position = page.next;
  }
  return tally.result();
}
