// What GET /api/customers/lookup and GET /api/customers/:id/journey answer. The shapes are the API
// contract's schemas (shared/api/journey-view.ts); these are their types, under the names the code uses.
export type {
  AuthorCandidate,
  CustomerJourneyView,
  CustomerLookupResult,
  JourneyView,
  TimelineEntry,
} from '../api/journey-view.ts';
