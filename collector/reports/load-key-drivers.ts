// The key drivers the API, the dashboard and the reports show: one brand's (competitor or not), else OUR
// brands' — every mention but those about competitors only, as `?competitor=false` lists them
// (shared/stats/key-driver-tally.ts says the same for mentions held in memory), so a competitor's complaints
// never read as a reason our sentiment fell. Both are the store's SQL aggregates.
import type { KeyDrivers } from '../../shared/stats/key-drivers.ts';
import type { KeyDriverScope } from '../../shared/stats/key-driver-tally.ts';
import type { VigiaStore } from '../store/store.ts';

export async function loadKeyDrivers(store: VigiaStore, q: KeyDriverScope): Promise<KeyDrivers> {
  return q.brand ? store.aspectStats({ from: q.from, to: q.to, brand: q.brand }) : store.aspectStats({ from: q.from, to: q.to, competitor: false });
}
