// The key drivers the API, the dashboard and the reports show: one brand's (competitor or not) by the store's
// SQL aggregates; without a brand, OUR brands' — every mention but those about competitors only
// (shared/stats/key-driver-tally.ts), so a competitor's complaints never read as a reason our sentiment fell.
import type { KeyDrivers } from '../../shared/stats/key-drivers.ts';
import { previousPeriod } from '../../shared/stats/key-drivers.ts';
import { keyDriverTally, type KeyDriverScope } from '../../shared/stats/key-driver-tally.ts';
import type { VigiaStore } from '../store/store.ts';
import { competitorsIn, forEachOurMention } from './our-mentions.ts';

export async function loadKeyDrivers(store: VigiaStore, q: KeyDriverScope): Promise<KeyDrivers> {
  if (q.brand) return store.aspectStats({ from: q.from, to: q.to, brand: q.brand });
  const both = { from: previousPeriod(q.from, q.to).from, to: q.to };
  if (!(await competitorsIn(store, both))) return store.aspectStats({ from: q.from, to: q.to });
  // The store selects by one brand's name, not "every brand but the competitors": tally our mentions here,
  // with the arithmetic the SQL path feeds.
  const tally = keyDriverTally({ from: q.from, to: q.to });
  await forEachOurMention(store, both, (m) => tally.add(m));
  return tally.result();
}
