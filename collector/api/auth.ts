// Bearer-token check for every /api route except health and CORS preflights. The store re-reads a token at
// most a second after it last did, so a token revoked by any process (`vigia token revoke`) is refused by
// every API server within about a second; a request still open by then (a live stream) is cut.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError } from '../errors.ts';
import type { VigiaStore } from '../store/store.ts';
import { TOKEN_RECHECK_MS } from '../store/token-queries.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the token that authenticated the request. */
    tokenName?: string;
  }
}

/** Re-checks the token of a request while it stays open; a revoked token's stream is closed. */
function watchWhileOpen(store: VigiaStore, reply: FastifyReply, token: string, name: string): void {
  const res = reply.raw;
  let timer: NodeJS.Timeout | undefined;
  const done = () => res.writableEnded || res.destroyed;
  const schedule = () => {
    // Unref'd: a watch never keeps a stopping process alive.
    timer = setTimeout(() => void check(), TOKEN_RECHECK_MS).unref();
  };
  const check = async () => {
    if (done()) return;
    // A store that cannot answer for a moment is no reason to cut a client: the next check decides.
    const still = await store.verifyToken(token).catch(() => name);
    if (done()) return;
    if (still !== name) return void res.destroy();
    schedule();
  };
  schedule();
  const stop = () => clearTimeout(timer);
  res.once('close', stop);
  res.once('finish', stop);
}

export function registerAuth(app: FastifyInstance, store: VigiaStore): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS' || request.url === '/api/health' || request.url.startsWith('/api/health?')) return;
    // The helpdesks' webhooks prove themselves by signature or shared secret instead (routes/webhooks.ts).
    if (request.routeOptions.url?.startsWith('/api/webhooks/')) return;
    const header = request.headers.authorization ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new ApiError(401, 'missing bearer token (send "Authorization: Bearer <token>"; create one with "vigia token create NAME")');
    const name = await store.verifyToken(token);
    if (!name) throw new ApiError(401, 'invalid token (unknown or revoked)');
    request.tokenName = name;
    watchWhileOpen(store, reply, token, name);
  });
}
