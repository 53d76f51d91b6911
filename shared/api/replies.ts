// The replies API: the config's reply templates and which brands can post where (GET /api/replies/setup),
// and posting a reply through a platform's API (POST /api/mentions/:id/reply).
import { z } from 'zod';
import { POSTING_PLATFORMS } from '../replies/posted-reply.ts';
import { MAX_TEMPLATE_CHARS, replyTemplateSchema } from '../replies/reply-template.ts';

export const replySetupAnswerSchema = z.object({
  /** `brands[].replies` of the config. */
  templates: z.array(replyTemplateSchema.extend({ brand: z.string(), origin: z.literal('config') })),
  /** Where the collector can post replies: brand, platform and account — never a credential. */
  accounts: z.array(z.object({ brand: z.string(), platform: z.enum(POSTING_PLATFORMS), account: z.string() })),
});
export type ReplySetupAnswer = z.infer<typeof replySetupAnswerSchema>;

export const replyBodySchema = z.object({ text: z.string().trim().min(1, 'must not be empty').max(MAX_TEMPLATE_CHARS) });
export type ReplyBody = z.input<typeof replyBodySchema>;
