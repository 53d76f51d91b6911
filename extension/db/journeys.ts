// The journeys table: a cached customer's journeys ("folders" of moments) with their metrics.
import type { JourneyView } from '../../shared/customer/customer-journey-view.ts';

/** One row of `journeys`. */
export type JourneyRow = JourneyView & {
  customerId: string;
  /** Position in the collector's answer (0 = newest), to keep its order. */
  rank: number;
};

/** Indexed fields only: primary key [customerId+id] (journey ids are per customer); by customer. */
export const JOURNEYS_INDEXES = '[customerId+id], customerId';
