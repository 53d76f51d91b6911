// What the customer services need from storage: customers and their hard identifiers, CRM touchpoints,
// reversible identity links, journey moves and summaries. The SQL store implements it for both engines.
import type { ForgetCounts as ApiForgetCounts } from '../../shared/api/customers.ts';
import type { JourneyStatsAnswer } from '../../shared/api/stats.ts';
import type { AuthorCandidate } from '../../shared/customer/customer-journey-view.ts';
import type { Customer } from '../../shared/customer/customer.ts';
import type { JourneyTypeStats } from '../../shared/journey/journey-stats.ts';
import type { Touchpoint } from '../../shared/journey/touchpoint.ts';
import type { Mention, PriorityFactor, Urgency } from '../../shared/mention.ts';
import type { MomentOfTruth } from '../../shared/moment-of-truth.ts';

/** `email`, a `handle` on a platform, or a `crm` id in one system. */
export type IdentityKind = 'email' | 'handle' | 'crm';

/** One hard identifier, normalised (see identity-refs.ts); a customer owns it alone. */
export interface IdentityRef {
  kind: IdentityKind;
  /** The platform of a handle, the system of a CRM id, '' for an e-mail. */
  scope: string;
  value: string;
}

/** The part of a stored mention that linking it to a customer changes. */
export interface MentionLinkState {
  customerId?: string;
  moment?: MomentOfTruth;
  priority: number;
  /** Linking may change how soon a person should answer, and why. */
  urgency?: Urgency;
  priorityWhy?: PriorityFactor[];
}

export interface MentionLinkChange extends MentionLinkState {
  mentionId: string;
}

/** A person's link of an identity to a customer, with what it replaced. */
export interface IdentityLink {
  id: number;
  customerId: string;
  identity: IdentityRef;
  /** Who held the identity before; undefined when nobody did. */
  previousCustomerId?: string;
  /** Its index among that customer's identities of its kind. */
  previousPosition?: number;
  /** The customer already held the identity: undoing the link must not take it away. */
  alreadyOwned: boolean;
  linkedBy: string;
  linkedAt: string;
  /** Each mention the link changed, with its state before. */
  mentions: MentionLinkChange[];
}

/** One journey's metrics as of its last refresh, for SQL aggregates. */
export interface JourneySummary {
  id: string;
  customerId: string;
  type: string;
  startedAt: string;
  endedAt: string;
  touchpoints: number;
  channels: number;
  resolved: boolean;
  effort: number;
  /** The customer's first contact in it; undefined when the brand started every touchpoint. */
  firstContactAt?: string;
  /** Hours from that contact to the first response; undefined while there is none. */
  firstResponseHours?: number;
}

/** What forgetting a customer erased (DELETE /api/customers/:id answers it). */
export type ForgetCounts = ApiForgetCounts;

/** One string per author (platform and normalised handle), for sets. */
export const authorKey = (platform: string, handle: string): string => `${platform}\n${handle}`;

/** How an upsert by external id went for one touchpoint. */
export type TouchpointWrite = 'inserted' | 'updated' | 'unchanged';

/** GET /api/stats/journeys: journeys started in [from, to) (the contract's shape, shared/api/stats.ts). */
export type JourneyStatsView = JourneyStatsAnswer;

export interface CustomerStore {
  /**
   * Runs `fn` with a store bound to one write transaction: all of it commits or none, and changed mentions
   * get new change seqs (the extension's feed sees them). Calls on `tx` inside must not use the outer store.
   */
  transaction<T>(fn: (tx: CustomerStore) => Promise<T>): Promise<T>;

  getCustomer(id: string): Promise<Customer | undefined>;
  getCustomers(ids: readonly string[]): Promise<Customer[]>;
  /** Which of these customers exist (their ids only: nothing else of them is read). */
  existingCustomers(ids: readonly string[]): Promise<Set<string>>;
  /** The owner of each identity that has one, keyed by `identityKey`. */
  ownersOf(identities: readonly IdentityRef[]): Promise<Map<string, string>>;
  /**
   * Creates the customer or replaces its names and identities. Throws IdentityConflictError when an
   * identity belongs to another customer (nothing is written then).
   */
  saveCustomer(customer: Customer, now: string): Promise<void>;
  /**
   * saveCustomer for many customers at once (an import's chunk), in a few statements; all or nothing.
   * `stale`: they are marked stale as they are written (what markJourneysStale would do after).
   * `created`: ids of customers the caller made in this transaction from identities it found unowned in
   * it, which need neither the ownership check nor a replacement of stored identities.
   */
  saveCustomers(customers: readonly Customer[], now: string, opts?: { stale?: boolean; created?: ReadonlySet<string> }): Promise<void>;
  /** Erases the customer, its identities, touchpoints, links, moves and journeys; unlinks its mentions. */
  forgetCustomer(id: string): Promise<ForgetCounts>;
  /**
   * Once an erasure has committed (call it outside `transaction`): removes what the database still keeps
   * of the erased rows where the engine allows. Returns what may remain, or undefined when nothing does.
   */
  scrubErased(): Promise<string | undefined>;

  /** Upserts by external id; a touchpoint without one is refused (TypeError). */
  upsertTouchpoints(touchpoints: readonly Touchpoint[], now: string): Promise<TouchpointWrite[]>;
  touchpointsOf(customerId: string): Promise<Touchpoint[]>;
  /** touchpointsOf for many customers in a few queries; a customer without touchpoints is absent. */
  touchpointsOfCustomers(customerIds: readonly string[]): Promise<Map<string, Touchpoint[]>>;
  /** Deletes touchpoints that happened before `before`; returns how many and whose. */
  deleteTouchpointsBefore(before: string): Promise<{ deleted: number; customerIds: string[] }>;

  /** The customer's public mentions, newest first. */
  mentionsOfCustomer(customerId: string, limit: number): Promise<Mention[]>;
  /** Which of these customers have public mentions linked (most imported customers have none). */
  customersWithMentions(customerIds: readonly string[]): Promise<Set<string>>;
  /** Stored mentions by one author (handle normalised), newest first. */
  mentionsByAuthor(platform: string, handle: string, limit: number): Promise<Mention[]>;
  /** Which of these handles (normalised) wrote stored mentions, as `authorKey`s. */
  authorsWithMentions(handles: readonly { platform: string; handle: string }[]): Promise<Set<string>>;
  /** Sets customer, moment and priority of stored mentions (their document too), each with a new change seq. */
  setMentionLinks(changes: readonly MentionLinkChange[]): Promise<void>;
  /**
   * Public authors not linked to anyone: by display name (normalizeName) and/or by handle (on `platform`
   * when given), with how many mentions they wrote; at most `limit`.
   */
  authorCandidates(query: { name?: string; handle?: string; platform?: string; limit: number }): Promise<AuthorCandidate[]>;
  /** Brand names the stored mentions matched (their words are no journey topic). */
  brandNames(): Promise<string[]>;

  recordLink(link: Omit<IdentityLink, 'id'>): Promise<number>;
  /** The newest link of this identity to this customer that was not undone. */
  activeLink(customerId: string, identity: IdentityRef): Promise<IdentityLink | undefined>;
  closeLink(id: number, by: string, at: string): Promise<void>;

  journeyMoves(customerId: string): Promise<Record<string, string>>;
  /** journeyMoves for many customers; a customer without moves is absent. */
  journeyMovesOf(customerIds: readonly string[]): Promise<Map<string, Record<string, string>>>;
  saveJourneyMove(move: { customerId: string; touchpointId: string; journeyId: string; by: string; at: string }): Promise<void>;
  /** Replaces the customer's journey summaries and clears its stale mark. */
  replaceJourneySummaries(customerId: string, summaries: readonly JourneySummary[], now: string): Promise<void>;
  /** replaceJourneySummaries for many customers in a few statements. */
  replaceManyJourneySummaries(summaries: ReadonlyMap<string, readonly JourneySummary[]>, now: string): Promise<void>;
  markJourneysStale(customerIds: readonly string[]): Promise<void>;
  staleJourneyCustomers(limit: number): Promise<string[]>;
  /** SQL aggregates over the journey summaries; immediacy judged at `now`. */
  journeyStats(range: { from?: string; to?: string }, now: string): Promise<JourneyStatsView>;
}
