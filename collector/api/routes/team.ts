// Team routes: who is on the team and who is calling, notes and tags on a mention, a person's sentiment
// correction, and a mention's audit trail (docs/api-contract.md "Team"). Every change is made under the
// caller's name, at the time the client says (clamped to now), and pokes the change feed.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Mention } from '../../../shared/mention.ts';
import {
  noteBodySchema,
  noteEditBodySchema,
  sentimentBodySchema,
  tagsPatchBodySchema,
  tagsPutBodySchema,
  type HistoryAnswer,
  type MeAnswer,
  type UsersAnswer,
} from '../../../shared/api/team.ts';
import { TeamConflictError, TeamNotFoundError } from '../../team/team-errors.ts';
import type { VigiaStore } from '../../store/store.ts';
import type { ChangeFeed } from '../change-feed.ts';
import { callerOf, editOf } from '../caller.ts';

type WithId = { Params: { id: string } };
type WithNote = { Params: { id: string; noteId: string } };

/**
 * Runs a change; a conflict answers 409 with the mention as it stands (so a client shows what won and
 * drops its stale edit), anything else goes to the error handler.
 */
async function change(changes: ChangeFeed, reply: FastifyReply, run: () => Promise<Mention>): Promise<Mention | undefined> {
  try {
    const mention = await run();
    changes.poke();
    return mention;
  } catch (error) {
    if (!(error instanceof TeamConflictError)) throw error;
    await reply.code(409).send({ error: error.message.replace(/^team: /, ''), ...(error.mention ? { mention: error.mention } : {}) });
    return undefined;
  }
}

export function teamRoutes(app: FastifyInstance, store: VigiaStore, changes: ChangeFeed): void {
  app.get('/api/users', async (): Promise<UsersAnswer> => ({ users: (await store.team.listUsers()).map(({ id, name, email }) => ({ id, name, ...(email ? { email } : {}) })) }));

  app.get('/api/users/me', async (request): Promise<MeAnswer> => {
    const caller = await callerOf(store, request);
    return caller.user ?? { name: caller.name };
  });

  app.post<WithId>('/api/mentions/:id/notes', async (request, reply) => {
    const body = noteBodySchema.parse(request.body ?? {});
    const edit = await editOf(store, request, body.createdAt);
    return change(changes, reply, () => store.team.addNote(request.params.id, { id: body.id, text: body.text }, edit));
  });

  app.patch<WithNote>('/api/mentions/:id/notes/:noteId', async (request, reply) => {
    const body = noteEditBodySchema.parse(request.body ?? {});
    const edit = await editOf(store, request, body.updatedAt);
    return change(changes, reply, () => store.team.editNote(request.params.id, request.params.noteId, body.text, edit));
  });

  app.delete<WithNote>('/api/mentions/:id/notes/:noteId', async (request, reply) => {
    const edit = await editOf(store, request, undefined);
    return change(changes, reply, () => store.team.deleteNote(request.params.id, request.params.noteId, edit));
  });

  app.put<WithId>('/api/mentions/:id/tags', async (request, reply) => {
    const body = tagsPutBodySchema.parse(request.body ?? {});
    const edit = await editOf(store, request, body.updatedAt);
    return change(changes, reply, () => store.team.setTags(request.params.id, body.tags, edit));
  });

  app.patch<WithId>('/api/mentions/:id/tags', async (request, reply) => {
    const body = tagsPatchBodySchema.parse(request.body ?? {});
    const edit = await editOf(store, request, body.updatedAt);
    return change(changes, reply, () => store.team.changeTags(request.params.id, { add: body.add, remove: body.remove }, edit));
  });

  app.patch<WithId>('/api/mentions/:id/sentiment', async (request, reply) => {
    const body = sentimentBodySchema.parse(request.body ?? {});
    const edit = await editOf(store, request, body.updatedAt);
    return change(changes, reply, () => store.team.correctSentiment(request.params.id, { label: body.label, ...(body.note ? { note: body.note } : {}) }, edit));
  });

  app.get<WithId>('/api/mentions/:id/history', async (request): Promise<HistoryAnswer> => {
    const items = await store.team.history(request.params.id);
    if (!items) throw new TeamNotFoundError(`no mention ${request.params.id}`);
    return { items };
  });
}
