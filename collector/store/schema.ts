// The tables both backends share, as Kysely types: every query is typed against these once for SQLite and
// PostgreSQL alike. Times are ISO 8601 UTC strings in both (they sort as text), so one query fits both.
import type { Generated } from 'kysely';
import type { CustomerTables } from './customer-tables.ts';
import type { NoiseTables } from './noise-tables.ts';
import type { TeamTables } from './team-tables.ts';
import type { AspectTables } from './aspect-tables.ts';

/** One stored mention: the indexed fields as columns, the whole Mention as JSON in `doc`. */
export interface MentionsTable {
  id: string;
  /** Change seq: bumped on insert and on every triage change (see the change feed). */
  seq: number;
  source: string;
  platform: string;
  author_handle: string | null;
  /** publishedAt, else collectedAt: the newest-first order. */
  sort_at: string;
  published_at: string | null;
  collected_at: string;
  /** A SentimentLabel or "unscored". */
  sentiment_label: string;
  moment: string | null;
  priority: number;
  status: string;
  assignee: string | null;
  /** When status last changed: field-wise last-writer-wins. */
  status_at: string;
  /** When assignee last changed: field-wise last-writer-wins. */
  assignee_at: string;
  customer_id: string | null;
  /** Folded (case- and accent-free) title, text and author, for `q`. */
  search: string;
  /** The Mention as first stored, triage excluded (it lives in the columns); customer links rewrite its customerId, moment and priority. */
  doc: string;
  /** Journey stage, for the statistics breakdown. */
  stage: string | null;
  /** The author's display name folded with normalizeName, for "same display name" candidates. */
  author_name: string | null;
  /** When triage first moved away from "new": the response time of the statistics. */
  first_response_at: string | null;
  /** now, soon or none (an Urgency); null for mentions stored before urgency existed. */
  urgency: string | null;
  /** Why it is hidden (a Muted, as JSON); null when shown. */
  muted: string | null;
  /** The reply posted for it through a platform's API (a PostedReply, as JSON); null when none. */
  reply: string | null;
  /** Its phrases for top negative phrases (mentionTerms), as a JSON array; null reads as none. */
  phrases: string | null;
}

/** Run state of one source, and its lease when many collectors share the store. */
export interface SourcesTable {
  id: string;
  kind: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  /** API sources' incremental cursor (since_id / min_id), and its time-based twin. */
  since_id: string | null;
  since_at: string | null;
  last_run_at: string | null;
  last_success_at: string | null;
  next_run_at: string | null;
  items_seen: number;
  items_new: number;
  /** Consecutive failed runs. */
  error_count: number;
  last_error: string | null;
  /** Collect interval; set when a collector registers the source for leasing. */
  every_ms: number | null;
  /** Collector holding the lease, until `lease_until`. */
  lease_owner: string | null;
  lease_until: string | null;
}

/** API tokens, kept as SHA-256 of the secret. */
export interface TokensTable {
  id: Generated<number>;
  name: string;
  hash: string;
  created_at: string;
  last_used_at: string | null;
  /** The user the token belongs to (users.id); null for tokens that stand for themselves ("system"). */
  user_id: string | null;
}

/** One (alert, webhook) pair some API process took on: the primary key lets exactly one claimer deliver it. */
export interface AlertDeliveriesTable {
  /** "mention:<id>" or "spike:<brand>:<hour>" (collector/alerts/alert.ts). */
  alert_id: string;
  /** SHA-256 of the webhook URL: such URLs are secrets (Slack's carry the credential), so only the config holds them. */
  webhook_hash: string;
  /** When it was claimed (ISO); claims older than the retention are pruned. */
  claimed_at: string;
}

/** One mention's helpdesk ticket: its claim (the primary key), the delivery queue, and the ticket's status. */
export interface TicketsTable {
  mention_id: string;
  /** The configured helpdesk's id. */
  helpdesk: string;
  vendor: string;
  /** queued, sending, created or failed (a TicketState). */
  state: string;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  /** 1 when an attempt may have reached the helpdesk unheard: the next one looks for the ticket first. */
  ambiguous: number;
  lease_until: string | null;
  ticket_id: string | null;
  ticket_url: string | null;
  /** open, answered, solved or reopened (a TicketStatus). */
  ticket_status: string | null;
  vendor_status: string | null;
  ticket_created_at: string | null;
  /** When the status last changed (the helpdesk's time when it gave one). */
  status_at: string | null;
  customer_id: string | null;
  requested_by: string;
  requested_at: string;
  updated_at: string;
  polled_at: string | null;
  /** The ticket's content (a TicketDraft as JSON), written once at the first attempt so every retry sends the same. */
  draft: string | null;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface VigiaDatabase extends CustomerTables, NoiseTables, TeamTables, AspectTables {
  mentions: MentionsTable;
  sources: SourcesTable;
  tokens: TokensTable;
  alert_deliveries: AlertDeliveriesTable;
  tickets: TicketsTable;
  schema_migrations: SchemaMigrationsTable;
}
