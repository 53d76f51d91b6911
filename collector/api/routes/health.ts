// GET /api/health: no token needed; tells a client (and the options page's "Test connection") we are up.
import type { FastifyInstance } from 'fastify';
import type { VigiaStore } from '../../store/store.ts';
import { VERSION } from '../../version.ts';

export function healthRoutes(app: FastifyInstance, store: VigiaStore): void {
  app.get('/api/health', async () => ({ ok: true, version: VERSION, mentions: await store.countMentions() }));
}
