// Replies over HTTP: the config's templates and posting accounts (names only, never credentials), and
// posting a reply through Mastodon's or Bluesky's API, which marks the mention responded.
import type { FastifyInstance } from 'fastify';
import { replyBodySchema, type ReplySetupAnswer } from '../../../shared/api/replies.ts';
import type { Mention } from '../../../shared/mention.ts';
import type { ReplyTemplateInput } from '../../../shared/replies/reply-template.ts';
import { ApiError } from '../../errors.ts';
import { postReply, type BrandAccounts, type PostReplyOptions } from '../../replies/post-reply.ts';
import { ReplyPostError } from '../../replies/reply-http.ts';
import type { VigiaStore } from '../../store/store.ts';
import type { ChangeFeed } from '../change-feed.ts';

export interface ReplyBrand extends BrandAccounts {
  replies?: readonly ReplyTemplateInput[];
}

export function replyRoutes(app: FastifyInstance, store: VigiaStore, changes: ChangeFeed, brands: readonly ReplyBrand[] = [], opts: PostReplyOptions = {}): void {
  app.get('/api/replies/setup', async (): Promise<ReplySetupAnswer> => ({
    templates: brands.flatMap((b) => (b.replies ?? []).map((t) => ({ ...t, brand: b.name, origin: 'config' as const }))),
    accounts: brands.flatMap((b) => [
      ...(b.replyAccounts?.mastodon ? [{ brand: b.name, platform: 'mastodon' as const, account: new URL(b.replyAccounts.mastodon.instance).host }] : []),
      ...(b.replyAccounts?.bluesky ? [{ brand: b.name, platform: 'bluesky' as const, account: b.replyAccounts.bluesky.identifier }] : []),
    ]),
  }));

  app.post<{ Params: { id: string } }>('/api/mentions/:id/reply', async (request): Promise<Mention> => {
    const body = replyBodySchema.parse(request.body ?? {});
    const mention = await store.getMention(request.params.id);
    if (!mention) throw new ApiError(404, `no mention ${request.params.id}`);
    try {
      const reply = await postReply(mention, body.text, brands, request.tokenName ?? 'unknown', opts);
      const updated = await store.noise.recordReply(mention.id, reply);
      changes.poke();
      return updated ?? { ...mention, reply };
    } catch (error) {
      if (error instanceof ReplyPostError) throw new ApiError(error.status, error.message);
      throw error;
    }
  });
}
