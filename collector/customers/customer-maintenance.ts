// Upkeep that runs on each collector start and then daily: the retention cut for touchpoints
// (`retention.touchpointDays`), and customers whose moments changed brought up to date — their public
// complaints judged again (churn rule) and their journey summaries rebuilt. A customer is marked stale in
// the same transaction that changes their moments, so a process killed before it got this far (kill -9
// during `vigia import`) leaves the mark, and the next start or import finishes the job.
import { reapplyChurnRule } from './churn-rule.ts';
import type { CustomerStore } from './customer-store.ts';
import { refreshJourneys } from './journey-view.ts';

export interface MaintenanceOptions {
  /** Touchpoints older than this many days are deleted; undefined keeps them all. */
  touchpointDays?: number;
  now: Date;
}

export interface MaintenanceRun {
  touchpointsDeleted: number;
  journeysRefreshed: number;
}

const DAY = 86_400_000;
/** Stale customers refreshed per batch, their journeys written in one commit (fewer, larger commits write fewer pages per journey); their moments are a few megabytes. */
const BATCH = 2000;

export async function runCustomerMaintenance(store: CustomerStore, opts: MaintenanceOptions): Promise<MaintenanceRun> {
  const now = opts.now.toISOString();
  let touchpointsDeleted = 0;
  if (opts.touchpointDays !== undefined) {
    const cut = await store.deleteTouchpointsBefore(new Date(opts.now.getTime() - opts.touchpointDays * DAY).toISOString());
    touchpointsDeleted = cut.deleted;
    await store.markJourneysStale(cut.customerIds);
  }
  return { touchpointsDeleted, journeysRefreshed: await settleStaleCustomers(store, now) };
}

/**
 * Judges the public mentions of every customer marked stale again (churn rule), then rebuilds their journey
 * summaries, which clears the mark; returns how many customers were refreshed. Interrupted, it leaves the
 * marks of those not done yet for the next run.
 */
export async function settleStaleCustomers(store: CustomerStore, now: string): Promise<number> {
  let journeysRefreshed = 0;
  for (let stale = await store.staleJourneyCustomers(BATCH); stale.length; stale = await store.staleJourneyCustomers(BATCH)) {
    await reapplyChurnRule(store, stale, now);
    const refreshed = await refreshJourneys(store, stale, now);
    journeysRefreshed += refreshed;
    // A stale mark on a customer that no longer exists cannot be cleared by a refresh; stop instead of looping.
    if (refreshed === 0) break;
  }
  return journeysRefreshed;
}

/** Runs maintenance now and then every `everyMs` (default daily); failures go to `onError`, never stop it. */
export function startCustomerMaintenance(
  store: CustomerStore,
  opts: { touchpointDays?: number; everyMs?: number; onRun?: (run: MaintenanceRun) => void; onError?: (error: unknown) => void },
): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      opts.onRun?.(await runCustomerMaintenance(store, { touchpointDays: opts.touchpointDays, now: new Date() }));
    } catch (error) {
      opts.onError?.(error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), opts.everyMs ?? DAY).unref();
  };
  void tick();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
