// The customers table: one row per customer whose journey the extension has fetched (a cache of the
// collector's CustomerJourneyView, split over customers, identities, touchpoints and journeys).
import type { Customer } from '../../shared/customer/customer.ts';
import type { AuthorCandidate } from '../../shared/customer/customer-journey-view.ts';
import type { CustomerRisk } from '../../shared/journey/customer-risk.ts';
import type { RecoveryClock } from '../../shared/journey/recovery-clock.ts';

/** One row of `customers`. */
export interface CustomerRow {
  /** The collector's customer id (primary key). */
  id: string;
  /** The collector it came from: ids mean nothing to another collector. */
  collectorUrl: string;
  customer: Customer;
  risk: CustomerRisk;
  /** The journey the overlay opens on (the newest). */
  currentJourneyId?: string;
  /** The customer's public mentions, newest first (rows of `mentions` when synced). */
  mentionIds: string[];
  /** Public authors the last lookup suggested beside the customer (same display name), not linked. */
  candidates?: AuthorCandidate[];
  /** The collector's recovery clocks for the customer, newest first (not indexed). */
  recovery?: RecoveryClock[];
  /** When the collector answered (ISO 8601): the cache's age. */
  fetchedAt: string;
}

/** Indexed fields only. */
export const CUSTOMERS_INDEXES = 'id, collectorUrl, fetchedAt';
