// How the extension talks HTTP to the collector: the token on every request, one named error per kind of
// failure, and every JSON answer read through the contract's schema (shared/api) before anyone uses it.
import type { z } from 'zod';
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

/** A request: `json` is sent as the body (with its content type). */
export type CollectorRequest = Omit<RequestInit, 'body'> & { json?: unknown };

export type CollectorHttp = ReturnType<typeof createCollectorHttp>;

export function createCollectorHttp(target: CollectorTarget, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  const base = target.collectorUrl.replace(/\/+$/, '');
  // Errors name the route, never its query (which may hold an e-mail address).
  const routeOf = (path: string) => path.split('?')[0] ?? path;

  /** The response of a 2xx answer; anything else throws a named error. */
  async function send(path: string, request: CollectorRequest = {}): Promise<Response> {
    const { json, ...init } = request;
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${target.token}`);
    if (json !== undefined) headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, { ...init, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new CollectorUnreachableError(`collector: unreachable at ${base}: ${describeError(error)}`);
    }
    if (response.ok) return response;
    const detail = await errorMessageOf(response);
    if (response.status === 401) throw new CollectorAuthError(`collector: 401 unauthorized (${detail})`);
    throw new CollectorHttpError(`collector: ${response.status} on ${routeOf(path)} (${detail})`, response.status);
  }

  /** The JSON answer, as the schema reads it; an answer that breaks the contract throws CollectorResponseError. */
  async function read<S extends z.ZodType>(path: string, schema: S, request?: CollectorRequest): Promise<z.output<S>> {
    const response = await send(path, request);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new CollectorResponseError(`collector: ${routeOf(path)} did not answer JSON`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new CollectorResponseError(`collector: ${routeOf(path)} broke the API contract: ${parsed.error.message}`);
    return parsed.data;
  }

  return { send, read };
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
