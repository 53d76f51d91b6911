// Reply templates written on the options page, kept in this browser beside the config file's (which the
// collector serves): each checked like the config's, so an unknown placeholder is named, never sent.
import { storage } from '#imports';
import { z } from 'zod';
import { replyTemplateSchema, type ReplyTemplate } from '../../../shared/replies/reply-template.ts';

export const localTemplateSchema = replyTemplateSchema.extend({ brand: z.string().trim().min(1, 'must not be empty').max(200) });

export const localTemplatesItem = storage.defineItem<ReplyTemplate[]>('local:replyTemplates', { version: 1, fallback: [] });

/** The stored templates that still pass the schema (a hand-edited store cannot break the inbox). */
export async function loadLocalTemplates(): Promise<ReplyTemplate[]> {
  const stored = await localTemplatesItem.getValue();
  return stored.flatMap((t) => {
    const parsed = localTemplateSchema.safeParse(t);
    return parsed.success ? [{ ...parsed.data, origin: 'local' as const }] : [];
  });
}
