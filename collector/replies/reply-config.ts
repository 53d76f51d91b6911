// The config keys of replies: a brand's reply templates (`brands[].replies`) and the accounts the collector
// may post replies as (`brands[].replyAccounts`), whose credentials stay in the environment (the config
// names the variables). Checked when the config loads: an unknown placeholder is named there.
import { z } from 'zod';
import { replyTemplateSchema } from '../../shared/replies/reply-template.ts';
import { envNameSchema } from '../sources/kit/env-token.ts';

const httpsBase = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((url) => url.replace(/\/+$/, ''));

/** `brands[].replies`: the brand's templates, one per id and language. */
export const replyTemplatesConfigSchema = z.array(replyTemplateSchema).superRefine((templates, ctx) => {
  const seen = new Set<string>();
  templates.forEach((t, i) => {
    const key = `${t.id}/${t.lang}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${t.id}" in "${t.lang}" is written twice` });
    seen.add(key);
  });
});

/** `brands[].replyAccounts`: where the collector posts replies from the inbox. */
export const replyAccountsConfigSchema = z.object({
  /** A Mastodon account: its server and the environment variable holding an access token with `write:statuses`. */
  mastodon: z.object({ instance: httpsBase, accessTokenEnv: envNameSchema }).optional(),
  /** A Bluesky account: its handle (or DID), an app password from the environment, and its PDS. @default service "https://bsky.social" */
  bluesky: z.object({ identifier: z.string().trim().min(1, 'must not be empty'), appPasswordEnv: envNameSchema, service: httpsBase.default('https://bsky.social') }).optional(),
});
export type ReplyAccountsConfig = z.infer<typeof replyAccountsConfigSchema>;
