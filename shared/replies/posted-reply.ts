// A reply Vigía posted on a platform for a person (Mastodon, Bluesky), as recorded on its mention.
import { z } from 'zod';

/** Platforms whose open write API the collector can post replies through, with a configured account. */
export const POSTING_PLATFORMS = ['mastodon', 'bluesky'] as const;
export type PostingPlatform = (typeof POSTING_PLATFORMS)[number];

export const postedReplySchema = z.object({
  /** Where it was posted. */
  platform: z.enum(POSTING_PLATFORMS),
  /** The reply's public URL on that platform. */
  url: z.string(),
  /** The platform's id of the reply (a Mastodon status id, a Bluesky at:// URI). */
  externalId: z.string(),
  /** The account it was posted as (a Mastodon acct, a Bluesky handle). */
  account: z.string(),
  /** Who asked for it (a token's name). */
  by: z.string(),
  /** When it was posted (ISO 8601). */
  at: z.string(),
});
export type PostedReply = z.infer<typeof postedReplySchema>;
