// The collector's HTTP API as the extension uses it (docs/api-contract.md), with bodies validated by zod.
import { z } from 'zod';
import { mentionSchema, type Mention, type TriageStatus } from '../../shared/mention.ts';
import { analyzeResponseSchema, toAnalyzeBody, type Analysis, type AnalyzeInput } from './analysis.ts';
import { sentimentStatsSchema, toStatsSearch, type SentimentStats, type StatsQuery } from './sentiment-stats.ts';
import {
  CollectorAuthError,
  CollectorHttpError,
  CollectorResponseError,
  CollectorUnreachableError,
  describeError,
} from './collector-errors.ts';

/** Where the collector is and how to authenticate. */
export interface CollectorTarget {
  collectorUrl: string;
  token: string;
}

const healthSchema = z.object({ ok: z.boolean(), version: z.string().optional(), mentions: z.number().optional() });
/** `GET /api/health`. */
export type CollectorHealth = z.infer<typeof healthSchema>;

const pageSchema = z.object({ items: z.array(z.unknown()), next: z.string().nullable(), cursor: z.string() });

/** One page of `GET /api/mentions`; items that break the Mention schema are counted, not kept. */
export interface MentionPage {
  mentions: Mention[];
  rejected: number;
  next: string | null;
  cursor: string;
}

/** Body of `PATCH /api/mentions/:id/triage`. */
export interface TriagePatch {
  status?: TriageStatus;
  assignee?: string | null;
  updatedAt?: string;
}

export type CollectorClient = ReturnType<typeof createCollectorClient>;

export function createCollectorClient(target: CollectorTarget, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  const base = target.collectorUrl.replace(/\/+$/, '');

  async function send(path: string, init: RequestInit & { auth?: boolean } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (init.auth !== false) headers.set('Authorization', `Bearer ${target.token}`);
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, { ...init, headers });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new CollectorUnreachableError(`collector: unreachable at ${base}: ${describeError(error)}`);
    }
    if (response.ok) return response;
    const detail = await errorMessageOf(response);
    if (response.status === 401) throw new CollectorAuthError(`collector: 401 unauthorized (${detail})`);
    throw new CollectorHttpError(`collector: ${response.status} on ${path} (${detail})`, response.status);
  }

  async function json<T>(path: string, schema: z.ZodType<T>, init?: RequestInit & { auth?: boolean }): Promise<T> {
    const response = await send(path, init);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new CollectorResponseError(`collector: ${path} did not answer JSON`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new CollectorResponseError(`collector: ${path} broke the API contract: ${parsed.error.message}`);
    return parsed.data;
  }

  return {
    health: (): Promise<CollectorHealth> => json('/api/health', healthSchema, { auth: false }),

    /** The change feed after `since` (`0` = from the beginning), oldest change first. */
    async changes(since: string, limit: number, signal?: AbortSignal): Promise<MentionPage> {
      const query = new URLSearchParams({ since, limit: String(limit) });
      const page = await json(`/api/mentions?${query}`, pageSchema, signal ? { signal } : {});
      const mentions: Mention[] = [];
      for (const item of page.items) {
        const parsed = mentionSchema.safeParse(item);
        if (parsed.success) mentions.push(parsed.data);
      }
      return { mentions, rejected: page.items.length - mentions.length, next: page.next, cursor: page.cursor };
    },

    /** Newest mentions first; used to prove the token works. */
    recent: (limit: number): Promise<z.infer<typeof pageSchema>> =>
      json(`/api/mentions?${new URLSearchParams({ limit: String(limit) })}`, pageSchema),

    getMention: (id: string): Promise<Mention> => json(`/api/mentions/${encodeURIComponent(id)}`, mentionSchema),

    patchTriage: (id: string, patch: TriagePatch): Promise<Mention> =>
      json(`/api/mentions/${encodeURIComponent(id)}/triage`, mentionSchema, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(patch),
      }),

    /** Scores texts without storing them (POST /api/analyze); one result per input, in order. */
    async analyze(inputs: AnalyzeInput[]): Promise<Analysis[]> {
      const { results } = await json('/api/analyze', analyzeResponseSchema, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(toAnalyzeBody(inputs)),
      });
      if (results.length !== inputs.length) throw new CollectorResponseError(`collector: /api/analyze answered ${results.length} results for ${inputs.length} texts`);
      return results;
    },

    /** The ZMOT dashboard's figures (GET /api/stats/sentiment). */
    sentimentStats: (query: StatsQuery): Promise<SentimentStats> => json(`/api/stats/sentiment?${toStatsSearch(query)}`, sentimentStatsSchema),

    /** Opens the SSE stream; `lastEventId` makes the collector replay what came after it first. */
    async openStream(lastEventId: string | undefined, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
      const response = await send('/api/stream', { headers, signal });
      if (!response.body) throw new CollectorResponseError('collector: /api/stream has no body');
      return response.body;
    },
  };
}

async function errorMessageOf(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON: the status says enough.
  }
  return response.statusText || `HTTP ${response.status}`;
}
