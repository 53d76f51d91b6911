// GET /api/mentions (listing and change feed), GET /api/mentions/:id, PATCH /api/mentions/:id/triage.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sentimentLabelSchema, triageStatusSchema, urgencySchema } from '../../../shared/mention.ts';
import { momentSchema } from '../../../shared/moment-of-truth.ts';
import { normalizeHandle } from '../../../shared/author-handle.ts';
import { ApiError } from '../../errors.ts';
import type { VigiaStore } from '../../store/store.ts';
import type { ChangeFeed } from '../change-feed.ts';
import { decodeSince, encodePosition } from '../cursor.ts';

const listQuery = z.object({
  since: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  q: z.string().trim().max(200).optional(),
  sentiment: z.union([sentimentLabelSchema, z.literal('unscored')]).optional(),
  platform: z.string().max(64).optional(),
  moment: momentSchema.optional(),
  urgency: urgencySchema.optional(),
  status: triageStatusSchema.optional(),
  author: z.string().max(300).optional(),
});

export const triageBody = z
  .object({
    status: triageStatusSchema.optional(),
    assignee: z.string().trim().min(1).max(200).nullable().optional(),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((b) => b.status !== undefined || b.assignee !== undefined, 'give "status" and/or "assignee"');

export function mentionRoutes(app: FastifyInstance, store: VigiaStore, changes: ChangeFeed): void {
  app.get('/api/mentions', async (request) => {
    const query = listQuery.parse(request.query);
    const position = decodeSince(query.since);
    const filter = { q: query.q || undefined, sentiment: query.sentiment, platform: query.platform, moment: query.moment, urgency: query.urgency, status: query.status, author: query.author ? normalizeHandle(query.author) : undefined };
    const page = await store.listMentions(filter, position, query.limit);
    const cursor = position.mode === 'changes' ? String(page.lastSeq) : String(await store.latestSeq());
    return { items: page.items, next: page.next ? encodePosition(page.next) : null, cursor };
  });

  app.get<{ Params: { id: string } }>('/api/mentions/:id', async (request) => {
    const mention = await store.getMention(request.params.id);
    if (!mention) throw new ApiError(404, `no mention ${request.params.id}`);
    return mention;
  });

  app.patch<{ Params: { id: string } }>('/api/mentions/:id/triage', async (request) => {
    const body = triageBody.parse(request.body ?? {});
    const now = new Date().toISOString();
    // A client clock ahead of ours must not win every later edit.
    const updatedAt = body.updatedAt && new Date(body.updatedAt).toISOString() < now ? new Date(body.updatedAt).toISOString() : now;
    const current = await store.getMention(request.params.id);
    if (!current) throw new ApiError(404, `no mention ${request.params.id}`);
    // Assigning a new mention moves it to "assigned" unless a status is given too.
    const status = body.status ?? (body.assignee && current.triage.status === 'new' ? 'assigned' : undefined);
    const mention = await store.updateTriage(request.params.id, { status, assignee: body.assignee, updatedAt });
    if (!mention) throw new ApiError(404, `no mention ${request.params.id}`);
    changes.poke();
    return mention;
  });
}
