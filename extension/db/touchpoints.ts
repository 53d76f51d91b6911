// The touchpoints table: a cached customer's timeline, CRM touchpoints and public mentions alike.
import type { TimelineEntry } from '../../shared/customer/customer-journey-view.ts';

/** One row of `touchpoints`: a timeline entry with its customer. */
export type TimelineRow = TimelineEntry & {
  customerId: string;
};

/** Indexed fields only: primary key [customerId+id]; by customer, and by customer in time order. */
export const TOUCHPOINTS_INDEXES = '[customerId+id], customerId, [customerId+at]';
