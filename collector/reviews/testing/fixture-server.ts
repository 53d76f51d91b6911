// A throwaway HTTP server on 127.0.0.1 for tests and benchmarks: counts requests and closes itself.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Requests per path (query included). */
  hits: Map<string, number>;
  /** Most requests that were in flight at the same time. */
  maxInFlight: number;
  close(): Promise<void>;
}

/**
 * Serves `handle` until `close()` or, at the latest, `lifetimeMs` later, so a forgotten server never keeps a
 * test run alive. Hanging responses are cut when it closes.
 */
export async function startFixtureServer(
  handle: (request: IncomingMessage, response: ServerResponse, base: string) => void,
  { lifetimeMs = 120_000, host = '127.0.0.1' } = {},
): Promise<FixtureServer> {
  let inFlight = 0;
  const state = { hits: new Map<string, number>(), maxInFlight: 0 };
  let base = '';
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    response.on('close', () => inFlight--);
    handle(request, response, base);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  base = `http://${host}:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const timer = setTimeout(() => void close(), lifetimeMs);
  timer.unref();
  return {
    url: base,
    hits: state.hits,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close,
  };
}
