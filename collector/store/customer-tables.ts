// The customer side of the schema, as Kysely types: customers and their hard identifiers, CRM touchpoints,
// reversible identity links, journey moves and per-journey summaries, and the mention facets that
// statistics group by. Times are ISO 8601 UTC strings, like the rest of the store.
import type { Generated } from 'kysely';

/** One unified customer; identities live in customer_identities. */
export interface CustomersTable {
  /** Vigía's own random id, never derived from personal data. */
  id: string;
  /** JSON array of names as written in the sources; the first is the one to show. */
  names: string;
  created_at: string;
  updated_at: string;
  /** 1 when the journeys table no longer reflects this customer's moments (refreshed by maintenance). */
  journeys_stale: number;
}

/** A hard identifier owned by exactly one customer (the primary key makes it unique). */
export interface CustomerIdentitiesTable {
  /** `email`, `handle` or `crm`. */
  kind: string;
  /** The platform of a handle, the system of a CRM id, '' for e-mails. */
  scope: string;
  /** Normalised: lowercased e-mail, normalised handle, trimmed CRM id. */
  value: string;
  customer_id: string;
  /** Order within the customer's list of that kind, so a record reads back as written. */
  position: number;
  added_at: string;
}

/** A CRM or helpdesk interaction; public mentions join the timeline from the mentions table instead. */
export interface TouchpointsTable {
  /** touchpointIdOf({externalId}). */
  id: string;
  /** Unique: imports upsert on it. */
  external_id: string;
  customer_id: string;
  at: string;
  /** The Touchpoint as JSON. */
  doc: string;
  updated_at: string;
}

/** One person's decision to link an identity to a customer, with what it replaced, so it can be undone exactly. */
export interface IdentityLinksTable {
  id: Generated<number>;
  customer_id: string;
  kind: string;
  scope: string;
  value: string;
  /** The customer that held the identity before, if any. */
  previous_customer_id: string | null;
  /** Where the identity stood in that customer's list, so an unlink puts it back in place. */
  previous_position: number | null;
  /** 1 when the customer already had the identity (nothing to restore but the mentions). */
  already_owned: number;
  linked_by: string;
  linked_at: string;
  unlinked_by: string | null;
  unlinked_at: string | null;
}

/** Each mention a link changed, with its state before. */
export interface IdentityLinkMentionsTable {
  link_id: number;
  mention_id: string;
  previous_customer_id: string | null;
  previous_moment: string | null;
  previous_priority: number;
}

/** A moment a person moved to another journey. */
export interface JourneyMovesTable {
  customer_id: string;
  touchpoint_id: string;
  journey_id: string;
  moved_by: string;
  moved_at: string;
}

/** Each journey's metrics as of its last refresh: what GET /api/stats/journeys aggregates with SQL. */
export interface JourneysTable {
  id: string;
  customer_id: string;
  type: string;
  started_at: string;
  ended_at: string;
  touchpoints: number;
  channels: number;
  /** 1 or 0. */
  resolved: number;
  effort: number;
  /** The first contact the customer made; null when the brand started every touchpoint. */
  first_contact_at: string | null;
  /** Hours to the first response; null while there is none. */
  first_response_hours: number | null;
  refreshed_at: string;
}

/** Which brands a mention matched: the `brand` breakdown and filter of the sentiment statistics. */
export interface MentionBrandsTable {
  mention_id: string;
  brand: string;
}

export interface CustomerTables {
  customers: CustomersTable;
  customer_identities: CustomerIdentitiesTable;
  touchpoints: TouchpointsTable;
  identity_links: IdentityLinksTable;
  identity_link_mentions: IdentityLinkMentionsTable;
  journey_moves: JourneyMovesTable;
  journeys: JourneysTable;
  mention_brands: MentionBrandsTable;
}
