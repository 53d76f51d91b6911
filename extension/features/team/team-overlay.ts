// What the team panel shows of a mention: the collector's notes, tags and sentiment with the edits still
// queued here laid over them in the order made, each marked pending — so offline edits show at once.
import type { Mention, SentimentLabel } from '../../../shared/mention.ts';
import { sentimentLabelOf } from '../../../shared/mention.ts';
import type { MentionNote } from '../../../shared/team/annotations.ts';
import { applyTagChange } from '../../../shared/team/tags.ts';
import type { TeamEditRow } from '../../db/team-queue.ts';

export interface NoteView extends MentionNote {
  pending: boolean;
}

export interface TeamView {
  notes: NoteView[];
  tags: string[];
  /** The tags whose change waits for the collector. */
  pendingTags: boolean;
  sentiment: SentimentLabel | 'unscored';
  /** A correction made here and not yet confirmed. */
  pendingSentiment: boolean;
  corrected?: { by: string; at: string; from: string };
  /** Edits the collector refused, with why (shown until dismissed). */
  refused: TeamEditRow[];
}

export function teamViewOf(mention: Mention, queued: readonly TeamEditRow[]): TeamView {
  let notes: NoteView[] = (mention.notes ?? []).map((n) => ({ ...n, pending: false }));
  let tags = mention.tags ?? [];
  let sentiment: SentimentLabel | 'unscored' = sentimentLabelOf(mention.sentiment) ?? 'unscored';
  let corrected = mention.sentimentCorrection && { by: mention.sentimentCorrection.by, at: mention.sentimentCorrection.at, from: mention.sentimentCorrection.from };
  const view = { pendingTags: false, pendingSentiment: false };
  const ordered = [...queued].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const edit of ordered) {
    if (edit.refused) continue;
    switch (edit.kind) {
      case 'note-add':
        if (!notes.some((n) => n.id === edit.noteId)) notes = [...notes, { id: edit.noteId, author: edit.by, text: edit.text, createdAt: edit.at, pending: true }];
        break;
      case 'note-edit':
        notes = notes.map((n) => (n.id === edit.noteId ? { ...n, text: edit.text, updatedAt: edit.at, pending: true } : n));
        break;
      case 'note-delete':
        notes = notes.filter((n) => n.id !== edit.noteId);
        break;
      case 'tags':
        tags = applyTagChange(tags, edit);
        view.pendingTags = true;
        break;
      case 'sentiment':
        corrected = { by: edit.by, at: edit.at, from: corrected?.from ?? sentiment };
        sentiment = edit.label;
        view.pendingSentiment = true;
        break;
    }
  }
  return { notes, tags, sentiment, ...view, ...(corrected ? { corrected } : {}), refused: ordered.filter((e) => e.refused) };
}
