// "Test connection" on the options page: is the collector there, and does it accept the token?
import { createCollectorClient, type CollectorTarget } from './collector-client.ts';
import { CollectorAuthError, CollectorUnreachableError, describeError } from './collector-errors.ts';

/** The outcome, one kind per thing the user must fix. */
export type ConnectionReport =
  | { kind: 'ok'; version?: string; mentions?: number }
  | { kind: 'unauthorized'; detail: string }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'error'; detail: string };

/** GET /api/health (no token), then an authenticated GET /api/mentions?limit=1. */
export async function testConnection(target: CollectorTarget, fetchImpl?: typeof fetch): Promise<ConnectionReport> {
  const client = createCollectorClient(target, fetchImpl);
  try {
    const health = await client.health();
    await client.recent(1);
    const report: ConnectionReport = { kind: 'ok' };
    if (health.version !== undefined) report.version = health.version;
    if (health.mentions !== undefined) report.mentions = health.mentions;
    return report;
  } catch (error) {
    const detail = describeError(error);
    if (error instanceof CollectorAuthError) return { kind: 'unauthorized', detail };
    if (error instanceof CollectorUnreachableError) return { kind: 'unreachable', detail };
    return { kind: 'error', detail };
  }
}
