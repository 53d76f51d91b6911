// Noise control over HTTP: mute rules (made from the inbox or the badge menu; the config's own are listed but
// only the file changes them), "not about us" on a mention with the exclusion it suggests, and accepting one.
import type { FastifyInstance } from 'fastify';
import { exclusionBodySchema, muteBodySchema, notAboutUsBodySchema, type MuteAddedAnswer, type MuteRemovedAnswer, type NoiseAnswer, type NotAboutUsAnswer } from '../../../shared/api/noise.ts';
import type { Mention } from '../../../shared/mention.ts';
import { exclusionSuggestions, suggestExclusion } from '../../../shared/mutes/exclusion-suggestion.ts';
import type { QueryExclusion } from '../../../shared/mutes/mute-rule.ts';
import { ApiError } from '../../errors.ts';
import type { VigiaStore } from '../../store/store.ts';
import type { ChangeFeed } from '../change-feed.ts';

/** A brand as noise control needs it: its name and query (for suggestions). */
export interface NoiseBrand {
  name: string;
  query: string;
}

/** How many hidden mentions suggestions are learned from, newest first. */
export const SUGGESTION_SOURCE_LIMIT = 500;

const who = (request: { tokenName?: string }) => request.tokenName ?? 'unknown';

export function noiseRoutes(app: FastifyInstance, store: VigiaStore, changes: ChangeFeed, brands: readonly NoiseBrand[] | undefined): void {
  /** Without the config (an API-only server started without one) any brand name is taken as written. */
  const checkBrand = (brand: string) => {
    if (brands && !brands.some((b) => b.name === brand)) throw new ApiError(400, `no brand "${brand}" in the config (brands: ${brands.map((b) => b.name).join(', ') || 'none'})`, [{ path: 'brand', message: 'unknown brand' }]);
  };
  const mentionOr404 = async (id: string): Promise<Mention> => {
    const mention = await store.getMention(id);
    if (!mention) throw new ApiError(404, `no mention ${id}`);
    return mention;
  };

  app.get('/api/mutes', async (): Promise<NoiseAnswer> => {
    const [mutes, exclusions, hidden] = await Promise.all([store.noise.listMutes(), store.noise.listExclusions(), store.listMentions({ muted: 'only' }, { mode: 'newest' }, SUGGESTION_SOURCE_LIMIT)]);
    return { mutes, exclusions, suggestions: exclusionSuggestions(hidden.items, brands ?? [], exclusions) };
  });

  app.post('/api/mutes', async (request, reply): Promise<MuteAddedAnswer> => {
    const body = muteBodySchema.parse(request.body ?? {});
    checkBrand(body.brand);
    const added = await store.noise.addMute({ ...body, by: who(request) }, new Date().toISOString());
    if (added.hidden) changes.poke();
    reply.code(added.created ? 201 : 200);
    return added;
  });

  app.delete<{ Params: { id: string } }>('/api/mutes/:id', async (request): Promise<MuteRemovedAnswer> => {
    if (request.params.id.startsWith('config:')) throw new ApiError(409, 'this mute comes from the config file (brands[].mute); remove it there and restart the collector');
    const removed = await store.noise.removeMute(request.params.id, new Date().toISOString());
    if (!removed) throw new ApiError(404, `no mute ${request.params.id}`);
    if (removed.shown) changes.poke();
    return removed;
  });

  app.post<{ Params: { id: string } }>('/api/mentions/:id/not-about-us', async (request): Promise<NotAboutUsAnswer> => {
    const body = notAboutUsBodySchema.parse(request.body ?? {});
    const current = await mentionOr404(request.params.id);
    const brand = body.brand ?? current.matches[0]?.brand;
    if (!brand || !current.matches.some((m) => m.brand === brand)) throw new ApiError(409, `mention ${current.id} is not about ${brand ? `"${brand}"` : 'any brand'}`);
    const mention = (await store.noise.markNotAboutUs(current.id, brand, who(request), new Date().toISOString())) ?? current;
    changes.poke();
    const config = brands?.find((b) => b.name === brand);
    const suggestion = config && suggestExclusion(mention, config);
    return { mention, ...(suggestion ? { suggestion } : {}) };
  });

  app.delete<{ Params: { id: string } }>('/api/mentions/:id/not-about-us', async (request): Promise<Mention> => {
    await mentionOr404(request.params.id);
    const mention = await store.noise.clearNotAboutUs(request.params.id, new Date().toISOString());
    if (!mention) throw new ApiError(404, `no mention ${request.params.id}`);
    changes.poke();
    return mention;
  });

  app.post('/api/exclusions', async (request, reply): Promise<QueryExclusion> => {
    const body = exclusionBodySchema.parse(request.body ?? {});
    checkBrand(body.brand);
    reply.code(201);
    return store.noise.addExclusion({ ...body, by: who(request) }, new Date().toISOString());
  });

  app.delete<{ Params: { id: string } }>('/api/exclusions/:id', async (request): Promise<{ removed: true }> => {
    if (!(await store.noise.removeExclusion(request.params.id))) throw new ApiError(404, `no exclusion ${request.params.id}`);
    return { removed: true };
  });
}
