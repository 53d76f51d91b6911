// What people add to a mention beside triage: internal notes, tags, and a corrected sentiment. They travel
// inside the Mention (so the change feed brings them to every client) and each change is audited.
import { z } from 'zod';

// mention.ts imports this file, so the labels are spelled here rather than imported back from it.

/** Longest note kept, in characters. */
export const NOTE_MAX_CHARS = 4000;

/** A note id: chosen by the client that writes it (so an offline note can be edited before it is sent), or by the collector. */
export const noteIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a note id is 8–64 letters, digits, "-" or "_"');

/** An internal note a person left on a mention (staff text: never shown outside the team). */
export const mentionNoteSchema = z.object({
  id: noteIdSchema,
  /** Who wrote it: the user's name (or the name of the API token, for a token without a user). */
  author: z.string(),
  text: z.string().min(1).max(NOTE_MAX_CHARS),
  /** When it was written (ISO 8601). */
  createdAt: z.string(),
  /** When its author last edited it (ISO 8601); absent when never edited. */
  updatedAt: z.string().optional(),
});
export type MentionNote = z.infer<typeof mentionNoteSchema>;

/** A person's correction of the sentiment: the mention's `sentiment` is then their label. */
export const sentimentCorrectionSchema = z.object({
  /** Who corrected it. */
  by: z.string(),
  /** When (ISO 8601). */
  at: z.string(),
  /** The label before the correction ("unscored" when the text had none). */
  from: z.enum(['negative', 'neutral', 'positive', 'unscored']),
  /** Why, in the person's words. */
  note: z.string().max(500).optional(),
});
export type SentimentCorrection = z.infer<typeof sentimentCorrectionSchema>;
