// The storage interface every backend implements: the embedded SQLite file, or PostgreSQL shared by many
// collectors and API servers (see open-store.ts). testing/store-contract.ts is the behaviour both must show.
import type { Mention, MentionRecovery, SentimentLabel, TriageStatus, Urgency } from '../../shared/mention.ts';
import type { MomentOfTruth } from '../../shared/moment-of-truth.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import type { TicketStore } from '../tickets/ticket-store.ts';
import type { NoiseStore } from '../mutes/noise-store.ts';
import type { TeamStore } from '../team/team-store.ts';
import type { SentimentStats, SentimentStatsQuery } from './sentiment-stats.ts';
import type { KeyDrivers } from '../../shared/stats/key-drivers.ts';
import type { AspectStatsQuery } from './aspect-queries.ts';

export interface MentionFilter {
  q?: string;
  sentiment?: SentimentLabel | 'unscored';
  platform?: string;
  moment?: MomentOfTruth;
  urgency?: Urgency;
  /** Mentions naming this aspect (shared/aspects). */
  aspect?: string;
  status?: TriageStatus;
  /** Normalised author handle. */
  author?: string;
  /** Hidden mentions (muted, not about us): left out (`hide`), or alone (`only`); absent lists both. */
  muted?: 'hide' | 'only';
  /** Mentions about competitors only (every brand matched is `competitor`): alone (true) or left out (false); absent lists both. */
  competitor?: boolean;
}

/** Where a listing starts: newest first (optionally after a page key or from a date), or the change feed. */
export type MentionPosition =
  | { mode: 'newest'; after?: { sortAt: string; id: string }; publishedSince?: string }
  | { mode: 'changes'; afterSeq: number };

export interface MentionPage {
  items: Mention[];
  /** Position to continue from when more items wait, else undefined. */
  next?: MentionPosition;
  /** For the change feed: the seq after the last item (or the starting seq when none). */
  lastSeq: number;
  /** For the change feed: each item's change seq, parallel to `items`. */
  seqs?: number[];
}

export interface TriagePatch {
  status?: TriageStatus;
  /** null clears the assignee. */
  assignee?: string | null;
  /** When the edit was made (ISO); older than what is stored → ignored field-wise. */
  updatedAt: string;
  /** Who made it, for the audit trail. @default "system" */
  by?: string;
}

export interface SourceRunRecord {
  id: string;
  kind: string;
  url: string;
  ranAt: string;
  ok: boolean;
  itemsSeen: number;
  itemsNew: number;
  error?: string;
  etag?: string;
  lastModified?: string;
  /** Newest post id seen (API sources' since_id / min_id), kept like the validators. */
  sinceId?: string;
  /** Newest post time seen (ISO), for APIs that page by time. */
  since?: string;
  nextRunAt?: string;
}

export interface SourceState {
  id: string;
  kind: string;
  url: string;
  etag?: string;
  lastModified?: string;
  sinceId?: string;
  since?: string;
  lastRunAt?: string;
  lastSuccessAt?: string;
  nextRunAt?: string;
  itemsSeen: number;
  itemsNew: number;
  errorCount: number;
  lastError?: string;
}

/** A source as collectors know it from their config, offered for leasing. */
export interface SourceRegistration {
  id: string;
  kind: string;
  url: string;
  /** Collect interval in milliseconds. */
  everyMs: number;
}

/** A source one collector may run now, and until when no other collector will. */
export interface SourceLease {
  id: string;
  kind: string;
  url: string;
  /** ISO time the lease runs out; after it another collector may take the source. */
  leaseUntil: string;
}

/** An API token as `vigia token list` shows it. */
export interface TokenInfo {
  name: string;
  /** ISO time it was created. */
  createdAt: string;
  /** ISO time of its last use, recorded at most once a minute; absent when never used. */
  lastUsedAt?: string;
}

/** A committed change: its seq when known, undefined when changes may have been missed (re-listen). */
export type StoreChangeListener = (seq: number | undefined) => void;

export interface VigiaStore {
  /** Which engine is behind the store. */
  readonly backend: 'sqlite' | 'postgres';
  knownMentionIds(ids: string[]): Promise<Set<string>>;
  /** Inserts new mentions (existing ids are left untouched) and returns the ones actually inserted. */
  insertMentions(mentions: Mention[]): Promise<Mention[]>;
  getMention(id: string): Promise<Mention | undefined>;
  listMentions(filter: MentionFilter, position: MentionPosition, limit: number): Promise<MentionPage>;
  updateTriage(id: string, patch: TriagePatch): Promise<Mention | undefined>;
  /** The highest change seq so far. */
  latestSeq(): Promise<number>;
  countMentions(): Promise<number>;
  sourceState(id: string): Promise<SourceState | undefined>;
  listSourceStates(): Promise<SourceState[]>;
  /** Keeps validators from the last success and counts consecutive errors; a run without nextRunAt keeps the stored one. */
  recordSourceRun(run: SourceRunRecord): Promise<void>;
  /** Offers these sources for leasing (adds new ones due at once; updates kind, url and interval of known ones). */
  registerSources(sources: SourceRegistration[]): Promise<void>;
  /**
   * Leases up to `limit` registered sources that are due and not leased by a live lease, for `leaseMs`.
   * PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent collectors never get the same source; a collector
   * that dies loses only its leases, which others take once they run out.
   */
  leaseDueSources(collectorId: string, limit: number, leaseMs: number): Promise<SourceLease[]>;
  /**
   * Extends this collector's lease to `leaseMs` from now, while its source runs; false when the lease is no
   * longer this collector's (released, or taken by another collector after it ran out).
   */
  renewSourceLease(collectorId: string, id: string, leaseMs: number): Promise<boolean>;
  /** Ends a lease and sets when the source is due next; false when the lease was no longer this collector's. */
  releaseSource(collectorId: string, id: string, nextRunAt: string): Promise<boolean>;
  /**
   * Claims the delivery of an alert to a webhook: true for the first claimer on this database (any process,
   * before or after a restart), false for every later one until the claim is released or pruned.
   */
  claimAlertDelivery(alertId: string, webhookUrl: string): Promise<boolean>;
  /** Gives a claim back (its delivery failed for good), so a later raise of the alert may try again. */
  releaseAlertDelivery(alertId: string, webhookUrl: string): Promise<void>;
  /** Deletes the claims made before `before` (ISO) and says how many there were. */
  pruneAlertDeliveries(before: string): Promise<number>;
  /**
   * A new API token named `name` (only its SHA-256 is stored). A name already in use is refused
   * (TokenError) unless `replace`, which revokes the old token in the same transaction.
   */
  createToken(name: string, opts?: { replace?: boolean }): Promise<string>;
  /** Every live token, by name: never the secret nor its hash. */
  listTokens(): Promise<TokenInfo[]>;
  /** Deletes the token named `name`; false when there is none. Every API process refuses it within about a second. */
  revokeToken(name: string): Promise<boolean>;
  /** The token's name when it is valid, else undefined. */
  verifyToken(token: string): Promise<string | undefined>;
  /**
   * Calls `listener` with `undefined` once it is live (and again whenever changes may have been missed),
   * then with the seq of each committed change (insert or triage). PostgreSQL: changes of every process,
   * through LISTEN/NOTIFY. SQLite: changes of every store on the file in this process (other processes
   * are found by polling the change feed). Returns the function that stops listening.
   */
  onChange(listener: StoreChangeListener): () => void;
  /** Mute rules, query exclusions, "not about us" marks and posted replies (collector/mutes/noise-store.ts). */
  readonly noise: NoiseStore;
  /** Customers, identities, touchpoints, links and journeys (collector/customers/customer-store.ts). */
  readonly customers: CustomerStore;
  /** Helpdesk tickets opened from mentions: claims, the delivery queue, statuses (collector/tickets/ticket-store.ts). */
  readonly tickets: TicketStore;
  /** Known customers' public mentions published (else collected) in [from, to), oldest first, at most `limit`: what recovery clocks are made of. */
  linkedMentions(range: { from: string; to: string }, limit: number): Promise<Mention[]>;
  /** Writes the recovery clock a mention started onto it (a new change seq); false when it already said so. */
  setMentionRecovery(mentionId: string, recovery: MentionRecovery | undefined): Promise<boolean>;
  /** People, notes, tags, sentiment corrections and the audit trail (collector/team/team-store.ts). */
  readonly team: TeamStore;
  /** The ZMOT dashboard's aggregates, computed in the database. */
  sentimentStats(query: SentimentStatsQuery): Promise<SentimentStats>;
  /** Key drivers: per aspect, [from, to) against the period of equal length before it (shared/stats/key-drivers.ts). */
  aspectStats(query: AspectStatsQuery): Promise<KeyDrivers>;
  close(): Promise<void>;
}
