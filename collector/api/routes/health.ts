// GET /api/health: no token needed; tells a client (and the options page's "Test connection") we are up.
// Only a caller with a valid token learns how much is stored.
import type { FastifyInstance } from 'fastify';
import type { HealthAnswer } from '../../../shared/api/health.ts';
import type { VigiaStore } from '../../store/store.ts';
import { VERSION } from '../../version.ts';

const bearerOf = (header: string | undefined): string | undefined => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];

export function healthRoutes(app: FastifyInstance, store: VigiaStore): void {
  app.get('/api/health', async (request): Promise<HealthAnswer> => {
    const token = bearerOf(request.headers.authorization);
    const trusted = token !== undefined && (await store.verifyToken(token)) !== undefined;
    return trusted ? { ok: true, version: VERSION, mentions: await store.countMentions() } : { ok: true, version: VERSION };
  });
}
