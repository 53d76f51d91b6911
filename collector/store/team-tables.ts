// The team side of the schema, as Kysely types: people and their tokens, notes and tags on mentions, the
// audit trail, sentiment corrections and the per-installation layer learned from them.
import type { Generated } from 'kysely';

/** A person of the team; tokens.user_id says which tokens are theirs. */
export interface UsersTable {
  /** "u_" + random: never derived from the name or e-mail. */
  id: string;
  /** Unique; what triage, notes and the audit trail show. */
  name: string;
  email: string | null;
  created_at: string;
}

/** An internal note; a deleted one keeps its row (the audit trail says who deleted it). */
export interface MentionNotesTable {
  mention_id: string;
  /** Chosen by the client (offline notes) or the collector; unique per mention. */
  id: string;
  author: string;
  text: string;
  created_at: string;
  updated_at: string | null;
  deleted_at: string | null;
}

/** A mention's tags as one field: the set (JSON array) and when and by whom it last changed. */
export interface MentionTagsTable {
  mention_id: string;
  tags: string;
  updated_at: string;
  updated_by: string;
}

/** One audited change of a mention (triage, sentiment, notes, tags); customer links are read from identity_links. */
export interface MentionHistoryTable {
  id: Generated<number>;
  mention_id: string;
  at: string;
  who: string;
  /** A HistoryAction (shared/api/team.ts). */
  action: string;
  from_value: string | null;
  to_value: string | null;
  detail: string | null;
}

/** The latest correction of each mention: a labelled example for the installation's layer and for export. */
export interface SentimentCorrectionsTable {
  mention_id: string;
  /** The text as it was judged (title and text). */
  text: string;
  lang: string;
  label: string;
  /** What the scorer had said ("unscored" when nothing). */
  from_label: string;
  corrected_by: string;
  corrected_at: string;
  note: string | null;
}

/** A layer learned from the corrections (collector/enrich/corrections), kept so every process applies the same. */
export interface CorrectionLayersTable {
  /** "sentiment". */
  name: string;
  /** Which shipped analysis it was trained over: a new model means training again. */
  baseline: string;
  examples: number;
  trained_at: string;
  /** The compact weight table (layer-codec.ts). */
  weights: string;
}

export interface TeamTables {
  users: UsersTable;
  mention_notes: MentionNotesTable;
  mention_tags: MentionTagsTable;
  mention_history: MentionHistoryTable;
  sentiment_corrections: SentimentCorrectionsTable;
  correction_layers: CorrectionLayersTable;
}
