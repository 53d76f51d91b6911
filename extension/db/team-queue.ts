// The teamQueue table: notes, tags and sentiment corrections made in the UI, in the order made, until the
// collector confirms them (like triageQueue). A refused edit stays, marked, so the UI can say why.
import type { SentimentLabel } from '../../shared/mention.ts';

/** One queued edit of a mention. */
export type TeamEditBody =
  | { kind: 'note-add'; noteId: string; text: string }
  | { kind: 'note-edit'; noteId: string; text: string }
  | { kind: 'note-delete'; noteId: string }
  | { kind: 'tags'; add: string[]; remove: string[] }
  | { kind: 'sentiment'; label: SentimentLabel; note?: string };

export type TeamEditRow = TeamEditBody & {
  /** Auto-increment: the order edits were made, and so the order they are sent. */
  seq?: number;
  mentionId: string;
  /** Who made it (the name the collector knows the token by), for showing it before the collector has it. */
  by: string;
  /** When the user made it (ISO 8601); sent as is so the collector can refuse a stale edit. */
  at: string;
  attempts: number;
  lastError?: string;
  /** Set when the collector refused it for good (403, 404, 409, 400): why, as it said. Not sent again. */
  refused?: string;
};

export const TEAM_QUEUE_INDEXES = '++seq, mentionId';
