// The one place errors become HTTP answers: {error, issues?} with the right status; no stack traces out.
import type { FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { ApiError } from '../errors.ts';

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiError) {
      return reply.code(error.status).send({ error: error.message.replace(/^api: /, ''), ...(error.issues.length ? { issues: error.issues } : {}) });
    }
    if (error instanceof ZodError) {
      const issues = error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
      return reply.code(400).send({ error: `invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues });
    }
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit;
      return reply.code(413).send({ error: `request body too large: ${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]} takes at most ${limit} bytes` });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return reply.code(status).send({ error: (error as Error).message });
    request.log.error(error);
    return reply.code(500).send({ error: 'internal error' });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `no route ${request.method} ${request.url.split('?')[0]}` }));
}
