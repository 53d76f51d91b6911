// CORS for the extension's origin only: web pages never get to read the API from a browser.
import type { FastifyInstance } from 'fastify';

export function registerCors(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !allowed.has(origin)) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    if (request.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST, PATCH, DELETE, OPTIONS');
      reply.header('access-control-allow-headers', 'authorization, content-type, last-event-id');
      reply.header('access-control-max-age', '600');
      return reply.code(204).send();
    }
  });
}
