// GET /api/mentions (listing and change feed), GET /api/mentions/:id, PATCH /api/mentions/:id/triage.
import type { FastifyInstance } from 'fastify';
import { mentionListQuerySchema, triageBodySchema, type MentionPage } from '../../../shared/api/mentions.ts';
import { competitorFilterQuerySchema } from '../../../shared/api/competitor-filter.ts';
import type { Mention } from '../../../shared/mention.ts';
import { normalizeHandle } from '../../../shared/author-handle.ts';
import { ApiError } from '../../errors.ts';
import type { VigiaStore } from '../../store/store.ts';
import type { ChangeFeed } from '../change-feed.ts';
import { decodeSince, encodePosition } from '../cursor.ts';
import { callerOf } from '../caller.ts';

export function mentionRoutes(app: FastifyInstance, store: VigiaStore, changes: ChangeFeed): void {
  app.get('/api/mentions', async (request): Promise<MentionPage> => {
    const query = mentionListQuerySchema.parse(request.query);
    const position = decodeSince(query.since);
    const filter = { q: query.q || undefined, sentiment: query.sentiment, platform: query.platform, moment: query.moment, urgency: query.urgency, aspect: query.aspect, status: query.status, author: query.author ? normalizeHandle(query.author) : undefined, competitor: competitorFilterQuerySchema.parse(request.query).competitor };
    const page = await store.listMentions(filter, position, query.limit);
    const cursor = position.mode === 'changes' ? String(page.lastSeq) : String(await store.latestSeq());
    return { items: page.items, next: page.next ? encodePosition(page.next) : null, cursor };
  });

  app.get<{ Params: { id: string } }>('/api/mentions/:id', async (request): Promise<Mention> => {
    const mention = await store.getMention(request.params.id);
    if (!mention) throw new ApiError(404, `no mention ${request.params.id}`);
    return mention;
  });

  app.patch<{ Params: { id: string } }>('/api/mentions/:id/triage', async (request): Promise<Mention> => {
    const body = triageBodySchema.parse(request.body ?? {});
    const now = new Date().toISOString();
    // A client clock ahead of ours must not win every later edit.
    const updatedAt = body.updatedAt && new Date(body.updatedAt).toISOString() < now ? new Date(body.updatedAt).toISOString() : now;
    const current = await store.getMention(request.params.id);
    if (!current) throw new ApiError(404, `no mention ${request.params.id}`);
    // Assigning a new mention moves it to "assigned" unless a status is given too.
    const status = body.status ?? (body.assignee && current.triage.status === 'new' ? 'assigned' : undefined);
    const mention = await store.updateTriage(request.params.id, { status, assignee: body.assignee, updatedAt, by: (await callerOf(store, request)).name });
    if (!mention) throw new ApiError(404, `no mention ${request.params.id}`);
    changes.poke();
    return mention;
  });
}
