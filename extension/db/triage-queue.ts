// The triageQueue table: triage edits made in the UI, in the order made, until the collector confirms them.
import type { TriageStatus } from '../../shared/mention.ts';

/** One queued edit. */
export interface TriageEditRow {
  /** Auto-increment: the order edits were made, and so the order they are sent. */
  seq?: number;
  mentionId: string;
  status?: TriageStatus;
  /** A name, or null to unassign. */
  assignee?: string | null;
  /** When the user made the edit (ISO 8601); sent as is so the collector can apply last-writer-wins. */
  updatedAt: string;
  /** How many times sending it failed. */
  attempts: number;
  lastError?: string;
}

export const TRIAGE_QUEUE_INDEXES = '++seq, mentionId';
