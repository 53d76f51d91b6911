// What the team features need from the store: people and whom a token stands for, notes and tags on
// mentions, sentiment corrections, the audit trail, and the learned correction layer. Every change of a
// mention gives it a new change seq (so the change feed brings it to every client) and an audit entry.
import type { HistoryEntry, User } from '../../shared/api/team.ts';
import type { Mention, SentimentLabel } from '../../shared/mention.ts';

/** A user as `vigia user list` shows them. */
export interface UserInfo extends User {
  createdAt: string;
  /** How many live tokens are theirs. */
  tokens: number;
  /** Last use of any of their tokens (to the minute), absent when never used. */
  lastUsedAt?: string;
}

/** Whom a token stands for: its user, or (a token without one) the token's own name. */
export interface Caller {
  /** The name audit entries record and "assign to me" uses. */
  name: string;
  user?: User;
}

/** Who made a change and when (ISO; the collector has already refused a time in the future). */
export interface Edit {
  by: string;
  at: string;
}

/** One sentiment correction, as `vigia export-corrections` writes it and the layer learns from it. */
export interface SentimentCorrectionRecord {
  mentionId: string;
  text: string;
  lang: string;
  label: SentimentLabel;
  from: SentimentLabel | 'unscored';
  correctedBy: string;
  at: string;
  note?: string;
}

/** The stored correction layer (collector/enrich/corrections). */
export interface StoredLayer {
  baseline: string;
  examples: number;
  trainedAt: string;
  weights: string;
}

export interface TeamStore {
  /** A new user with a token of their own (named like them); refuses a name taken by a user or a token. */
  addUser(input: { name: string; email?: string }, now: string): Promise<{ user: User; token: string }>;
  listUsers(): Promise<UserInfo[]>;
  /** Whom the token named `tokenName` stands for. */
  callerOf(tokenName: string): Promise<Caller>;
  /** Adds a note (its id given, or made); a note sent again with the same id and author is stored once. */
  addNote(mentionId: string, note: { id?: string; text: string }, edit: Edit): Promise<Mention>;
  /** Its author's new text; TeamForbiddenError for someone else's note, TeamConflictError when a later edit is stored. */
  editNote(mentionId: string, noteId: string, text: string, edit: Edit): Promise<Mention>;
  deleteNote(mentionId: string, noteId: string, edit: Edit): Promise<Mention>;
  /** Replaces the tags; TeamConflictError when the stored set changed after `edit.at` (last writer wins). */
  setTags(mentionId: string, tags: string[], edit: Edit): Promise<Mention>;
  /** Adds and removes tags on the set as it is now. */
  changeTags(mentionId: string, change: { add?: string[]; remove?: string[] }, edit: Edit): Promise<Mention>;
  /**
   * A person's label: the mention's sentiment becomes it, urgency and priority are judged again, the text is
   * kept as a labelled example. TeamConflictError when a later correction is stored.
   */
  correctSentiment(mentionId: string, correction: { label: SentimentLabel; note?: string }, edit: Edit): Promise<Mention>;
  /** The audit trail, oldest first; undefined for an unknown mention. */
  history(mentionId: string): Promise<HistoryEntry[] | undefined>;
  /** Corrections oldest first, `limit` at a time after `after` (a mention id cursor within the same time order). */
  corrections(page: { after?: { at: string; mentionId: string }; limit: number }): Promise<SentimentCorrectionRecord[]>;
  /** How many corrections there are and the newest one's time: a cheap "did anything change". */
  correctionsVersion(): Promise<string>;
  loadLayer(name: string): Promise<StoredLayer | undefined>;
  saveLayer(name: string, layer: StoredLayer): Promise<void>;
}
