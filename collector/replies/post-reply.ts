// Posting a reply from the inbox: the account configured for the mention's brand on its platform (Mastodon,
// Bluesky), credentials from the environment. What cannot be posted as configured is a 409 that says why.
import type { Mention } from '../../shared/mention.ts';
import { POSTING_PLATFORMS, type PostedReply, type PostingPlatform } from '../../shared/replies/posted-reply.ts';
import { postBlueskyReply } from './bluesky-reply.ts';
import { postMastodonReply } from './mastodon-reply.ts';
import type { ReplyAccountsConfig } from './reply-config.ts';
import { ReplyPostError, type ReplyHttp } from './reply-http.ts';

export interface PostReplyOptions extends ReplyHttp {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

/** A brand's reply accounts, as the config has them. */
export interface BrandAccounts {
  name: string;
  replyAccounts?: ReplyAccountsConfig;
}

const isPosting = (platform: string): platform is PostingPlatform => (POSTING_PLATFORMS as readonly string[]).includes(platform);

/** Which brand's account would post a reply to this mention (its first matched brand with one), if any. */
export function replyAccountFor(mention: Pick<Mention, 'platform' | 'matches'>, brands: readonly BrandAccounts[]): { brand: string; platform: PostingPlatform } | undefined {
  if (!isPosting(mention.platform)) return undefined;
  const platform = mention.platform;
  const brand = mention.matches.map((m) => brands.find((b) => b.name === m.brand)).find((b) => b?.replyAccounts?.[platform]);
  return brand ? { brand: brand.name, platform } : undefined;
}

export async function postReply(mention: Mention, text: string, brands: readonly BrandAccounts[], by: string, opts: PostReplyOptions = {}): Promise<PostedReply> {
  if (mention.reply) throw new ReplyPostError(409, `already replied on ${mention.reply.platform}: ${mention.reply.url}`);
  const target = replyAccountFor(mention, brands);
  if (!target) {
    const where = isPosting(mention.platform) ? `no brand of this mention has brands[].replyAccounts.${mention.platform} in the config` : `${mention.platform} has no open API to reply through; copy the reply and post it there`;
    throw new ReplyPostError(409, `cannot post from here: ${where}`);
  }
  const accounts = brands.find((b) => b.name === target.brand)!.replyAccounts!;
  const env = opts.env ?? process.env;
  const now = (opts.now ?? (() => new Date()))();
  const posted = target.platform === 'mastodon' ? await postMastodonReply(mention, text, accounts.mastodon!, env, opts) : await postBlueskyReply(mention, text, accounts.bluesky!, env, opts, now);
  return { ...posted, by, at: now.toISOString() };
}
