// The storage interface every backend implements (embedded SQLite now; PostgreSQL can follow behind it).
import type { Mention, SentimentLabel, TriageStatus } from '../../shared/mention.ts';
import type { MomentOfTruth } from '../../shared/moment-of-truth.ts';

export interface MentionFilter {
  q?: string;
  sentiment?: SentimentLabel | 'unscored';
  platform?: string;
  moment?: MomentOfTruth;
  status?: TriageStatus;
  /** Normalised author handle. */
  author?: string;
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
  nextRunAt?: string;
}

export interface SourceState {
  id: string;
  kind: string;
  url: string;
  etag?: string;
  lastModified?: string;
  lastRunAt?: string;
  lastSuccessAt?: string;
  nextRunAt?: string;
  itemsSeen: number;
  itemsNew: number;
  errorCount: number;
  lastError?: string;
}

export interface VigiaStore {
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
  recordSourceRun(run: SourceRunRecord): Promise<void>;
  createToken(name: string): Promise<string>;
  /** The token's name when it is valid, else undefined. */
  verifyToken(token: string): Promise<string | undefined>;
  close(): Promise<void>;
}
