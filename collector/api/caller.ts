// Who is calling: the user the request's token belongs to (or the token's own name), and when an edit was
// made — the time a client says, unless that is in our future (a fast clock must not win every later edit).
import type { FastifyRequest } from 'fastify';
import type { VigiaStore } from '../store/store.ts';
import type { Caller, Edit } from '../team/team-store.ts';

export function callerOf(store: VigiaStore, request: FastifyRequest): Promise<Caller> {
  return store.team.callerOf(request.tokenName ?? 'system');
}

/** The edit's time: what the client sent, clamped to now. */
export function editTime(sent: string | undefined, now: Date = new Date()): string {
  const at = now.toISOString();
  if (!sent) return at;
  const given = new Date(sent).toISOString();
  return given < at ? given : at;
}

/** Who and when, for a store call. */
export async function editOf(store: VigiaStore, request: FastifyRequest, sent: string | undefined): Promise<Edit> {
  return { by: (await callerOf(store, request)).name, at: editTime(sent) };
}
