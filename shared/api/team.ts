// The team routes: who is on it (GET /api/users, /api/users/me), notes and tags on a mention, a person's
// sentiment correction, and a mention's audit trail (docs/api-contract.md "Team").
import { z } from 'zod';
import { sentimentLabelSchema } from '../mention.ts';
import { NOTE_MAX_CHARS, noteIdSchema } from '../team/annotations.ts';
import { normalizeTag, TAGS_PER_MENTION, TagError } from '../team/tags.ts';

/** One person of the team. */
export const userSchema = z.object({
  /** Stable id ("u_…"). */
  id: z.string(),
  /** The name triage, notes and the audit trail show, and the one assignee pickers offer. */
  name: z.string(),
  email: z.string().optional(),
});
export type User = z.infer<typeof userSchema>;

/** GET /api/users: the team, by name. */
export const usersAnswerSchema = z.object({ users: z.array(userSchema) });
export type UsersAnswer = z.infer<typeof usersAnswerSchema>;

/** GET /api/users/me: whom the token stands for; `id` absent for a token that belongs to no user ("system" tokens). */
export const meAnswerSchema = z.object({ id: z.string().optional(), name: z.string(), email: z.string().optional() });
export type MeAnswer = z.infer<typeof meAnswerSchema>;

/** A time the client says the edit was made (offline queues send the original time). */
const editedAt = z.iso.datetime({ offset: true }).optional();

const noteText = z.string().trim().min(1, 'a note cannot be empty').max(NOTE_MAX_CHARS, `a note is at most ${NOTE_MAX_CHARS} characters`);

/** POST /api/mentions/:id/notes: `id` lets an offline client name its note (sending it twice stores it once). */
export const noteBodySchema = z.object({ text: noteText, id: noteIdSchema.optional(), createdAt: editedAt }).strict();
export type NoteBody = z.input<typeof noteBodySchema>;

/** PATCH /api/mentions/:id/notes/:noteId: the author's new text; an edit older than the stored one is refused (409). */
export const noteEditBodySchema = z.object({ text: noteText, updatedAt: editedAt }).strict();
export type NoteEditBody = z.input<typeof noteEditBodySchema>;

/** Tags as given → normalised; a bad one is a 400 naming its index. */
const tagList = z.array(z.string().max(200)).max(TAGS_PER_MENTION * 2).transform((tags, ctx) => {
  const out: string[] = [];
  tags.forEach((tag, i) => {
    try {
      const normal = normalizeTag(tag);
      if (!out.includes(normal)) out.push(normal);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: [i], message: error instanceof TagError ? error.message : String(error) });
    }
  });
  return out;
});

/** PUT /api/mentions/:id/tags: the whole set; older than the stored set's time → 409 (last writer wins). */
export const tagsPutBodySchema = z.object({ tags: tagList, updatedAt: editedAt }).strict();
export type TagsPutBody = z.input<typeof tagsPutBodySchema>;

/** PATCH /api/mentions/:id/tags: tags to add and to take out, applied to the set as it is then. */
export const tagsPatchBodySchema = z
  .object({ add: tagList.optional(), remove: tagList.optional(), updatedAt: editedAt })
  .strict()
  .refine((b) => (b.add?.length ?? 0) + (b.remove?.length ?? 0) > 0, 'give "add" and/or "remove"');
export type TagsPatchBody = z.input<typeof tagsPatchBodySchema>;

/** PATCH /api/mentions/:id/sentiment: a person's label; older than the stored correction → 409. */
export const sentimentBodySchema = z.object({ label: sentimentLabelSchema, note: z.string().trim().max(500).optional(), updatedAt: editedAt }).strict();
export type SentimentBody = z.input<typeof sentimentBodySchema>;

/** What an audit entry records. */
export const HISTORY_ACTIONS = ['status', 'assignee', 'sentiment', 'note-added', 'note-edited', 'note-deleted', 'tags', 'customer-linked', 'customer-unlinked'] as const;
export const historyActionSchema = z.enum(HISTORY_ACTIONS);
export type HistoryAction = z.infer<typeof historyActionSchema>;

/** One change of a mention: when, by whom, what, from what to what. */
export const historyEntrySchema = z.object({
  at: z.string(),
  who: z.string(),
  action: historyActionSchema,
  /** The value before (a status, an assignee, a label, a note's text, tags joined by ", "). */
  from: z.string().optional(),
  to: z.string().optional(),
  /** More about it: the note's id, the correction's note, the linked identity. */
  detail: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** GET /api/mentions/:id/history: oldest first. */
export const historyAnswerSchema = z.object({ items: z.array(historyEntrySchema) });
export type HistoryAnswer = z.infer<typeof historyAnswerSchema>;

/** A 409's body: why, and the mention as it stands (so a client can show what won). */
export const conflictAnswerSchema = z.object({ error: z.string(), mention: z.unknown().optional() });
