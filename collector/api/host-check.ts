// Answers only requests addressed to this machine by a name the operator chose: a web page whose own name
// was re-pointed at 127.0.0.1 (DNS rebinding) sends its own name in Host and is refused before anything else.
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.ts';

/** Loopback names every browser and tool uses for this machine. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'] as const;

/** The host name of a Host header: lowercased, without port, brackets or a trailing dot. */
export function hostNameOf(header: string): string {
  const host = header.trim().toLowerCase();
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/** `allowed`: extra names (the configured api.host, api.allowedHosts); "*" turns the check off. */
export function registerHostCheck(app: FastifyInstance, allowed: readonly string[] = []): void {
  if (allowed.includes('*')) return;
  const names = new Set([...LOOPBACK_HOSTS, ...allowed.map(hostNameOf)]);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.host;
    if (header !== undefined && names.has(hostNameOf(header))) return;
    const shown = (header ?? '(none)').replace(/[^\x20-\x7e]/g, '?').slice(0, 100);
    throw new ApiError(
      421,
      `host "${shown}" is not served here: the API answers to ${[...names].join(', ')}; add the name to api.allowedHosts in the config to use it`,
    );
  });
}
