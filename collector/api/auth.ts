// Bearer-token check for every /api route except health and CORS preflights.
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.ts';
import type { VigiaStore } from '../store/store.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the token that authenticated the request. */
    tokenName?: string;
  }
}

export function registerAuth(app: FastifyInstance, store: VigiaStore): void {
  app.addHook('onRequest', async (request) => {
    if (request.method === 'OPTIONS' || request.url === '/api/health' || request.url.startsWith('/api/health?')) return;
    const header = request.headers.authorization ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new ApiError(401, 'missing bearer token (send "Authorization: Bearer <token>"; create one with "vigia token create NAME")');
    const name = await store.verifyToken(token);
    if (!name) throw new ApiError(401, 'invalid token');
    request.tokenName = name;
  });
}
