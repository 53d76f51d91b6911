// GET /api/sources: how collection is going, per source (last run, items seen and new, errors, next run).
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { sourcesAnswerSchema } from '../../../shared/api/sources.ts';
import type { SourceConfig } from '../../config.ts';
import { describeSources } from '../../sources/kit/source-status.ts';
import type { VigiaStore } from '../../store/store.ts';

/** `configured`: the sources of this process's config, when it has one (else the store's record alone). */
export function sourceRoutes(app: FastifyInstance, store: VigiaStore, configured?: readonly SourceConfig[]): void {
  app.get('/api/sources', async (): Promise<z.infer<typeof sourcesAnswerSchema>> => ({ items: describeSources(configured, await store.listSourceStates()) }));
}
