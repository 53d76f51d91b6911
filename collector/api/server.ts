// The HTTP API: fastify with token auth, extension-only CORS, one error mapping, and the routes.
import Fastify, { type FastifyInstance } from 'fastify';
import { EXTENSION_ORIGIN } from '../../shared/extension-identity.ts';
import type { VigiaStore } from '../store/store.ts';
import type { SourceConfig } from '../config.ts';
import type { AlertSettings } from '../alerts/alert-settings.ts';
import { registerAuth } from './auth.ts';
import { createChangeFeed, type ChangeFeed } from './change-feed.ts';
import { registerCors } from './cors.ts';
import { registerErrorHandler } from './error-handler.ts';
import { registerHostCheck } from './host-check.ts';
import { analyzeRoutes } from './routes/analyze.ts';
import { customerRoutes } from './routes/customers.ts';
import { shareOfVoiceRoutes } from './routes/share-of-voice.ts';
import { statsRoutes } from './routes/stats.ts';
import { aspectRoutes } from './routes/aspects.ts';
import { touchpointRoutes } from './routes/touchpoints.ts';
import { healthRoutes } from './routes/health.ts';
import { mentionRoutes } from './routes/mentions.ts';
import { streamRoutes } from './routes/stream.ts';
import { sourceRoutes } from './routes/sources.ts';
import { alertRoutes } from './routes/alerts-stream.ts';
import { ticketRoutes } from './routes/tickets.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { recoveryRoutes } from './routes/recovery.ts';
import { reportRoutes } from './routes/report.ts';
import { toHelpdesks, type HelpdeskEntry } from '../tickets/helpdesk-config.ts';
import { createTicketService } from '../tickets/ticket-service.ts';
import { startTicketWorkers } from '../tickets/ticket-workers.ts';
import { startRecoveryAlerts } from '../alerts/recovery-alerts.ts';
import { startRecoverySweep } from '../customers/recovery-sweep.ts';
import { defaultAlertSettings } from '../alerts/alert-settings.ts';
import { defaultCollectorSettings } from '../config.ts';
import { settingsRoutes } from './routes/settings.ts';
import type { TriageSettings } from '../triage-settings.ts';
import { noiseRoutes } from './routes/noise.ts';
import { replyRoutes, type ReplyBrand } from './routes/replies.ts';
import type { PostReplyOptions } from '../replies/post-reply.ts';
import { teamRoutes } from './routes/team.ts';

export interface ApiOptions {
  store: VigiaStore;
  /** Origins besides the extension's own that CORS admits. */
  allowedOrigins?: readonly string[];
  /**
   * Host names besides localhost, 127.0.0.1 and [::1] that requests may be addressed to (the configured
   * api.host and api.allowedHosts); "*" admits any. Anything else is refused (DNS rebinding).
   */
  allowedHosts?: readonly string[];
  /** Log requests (JSON lines on stdout). @default false */
  logger?: boolean;
  /** @default 2000 */
  pollMs?: number;
  /** @default 15000 */
  pingMs?: number;
  /** The configured sources, for GET /api/sources (without them it lists the store's record alone). */
  sources?: readonly SourceConfig[];
  /** When alerts are raised and where they are sent (config `alerts`); defaults raise them on the stream only. */
  alerts?: AlertSettings;
  /** Where tickets are opened from mentions (config `helpdesks`). @default none */
  helpdesks?: readonly HelpdeskEntry[];
  /** Where the helpdesks' credentials and webhook secrets are read from. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** The response clock's settings (config `triage`) for GET /api/settings. */
  triage?: TriageSettings;
  /** The configured brands: mute checks, exclusion suggestions, reply templates and accounts. */
  brands?: readonly (ReplyBrand & { query: string; competitor?: boolean })[];
  /** Where reply posting reads credentials (@default process.env) and its fetch. */
  replies?: PostReplyOptions;
}

export interface Api {
  app: FastifyInstance;
  changes: ChangeFeed;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

export function createApi(opts: ApiOptions): Api {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 1024 * 1024, forceCloseConnections: true });
  const changes = createChangeFeed(opts.store, { pollMs: opts.pollMs });
  registerErrorHandler(app);
  registerHostCheck(app, opts.allowedHosts);
  registerCors(app, [EXTENSION_ORIGIN, ...(opts.allowedOrigins ?? [])]);
  registerAuth(app, opts.store);
  healthRoutes(app, opts.store);
  mentionRoutes(app, opts.store, changes);
  streamRoutes(app, opts.store, changes, { pingMs: opts.pingMs });
  analyzeRoutes(app, opts.store);
  customerRoutes(app, opts.store.customers);
  touchpointRoutes(app, opts.store.customers);
  statsRoutes(app, opts.store);
  aspectRoutes(app, opts.store);
  sourceRoutes(app, opts.store, opts.sources);
  const hub = alertRoutes(app, opts.store, changes, opts.alerts);
  const tickets = createTicketService({ store: opts.store, helpdesks: toHelpdesks(opts.helpdesks ?? []), userAgent: defaultCollectorSettings().userAgent, onMentionChanged: () => changes.poke(), ...(opts.env ? { env: opts.env } : {}) });
  ticketRoutes(app, opts.store, tickets);
  webhookRoutes(app, tickets, opts.env);
  recoveryRoutes(app, opts.store);
  reportRoutes(app, opts.store.customers);
  const workers = tickets.helpdesks.all.length ? startTicketWorkers(tickets, { log: (line) => app.log.warn(line) }) : undefined;
  const recoverySweep = startRecoverySweep({ store: opts.store, onChanged: () => changes.poke(), log: (line) => app.log.warn(line) });
  // A new or changed mention may start or stop a clock: sweep soon after, not only every minute.
  const stopSweepOnChange = opts.store.onChange(() => recoverySweep.poke());
  const recoveryAlerts = startRecoveryAlerts({ store: opts.store, hub, hoursLeft: (opts.alerts ?? defaultAlertSettings()).recoveryHoursLeft, log: (line) => app.log.warn(line) });
  app.addHook('onClose', async () => {
    recoveryAlerts.stop();
    stopSweepOnChange();
    recoverySweep.stop();
    await workers?.stop();
  });
  settingsRoutes(app, opts.triage);
  noiseRoutes(app, opts.store, changes, opts.brands);
  replyRoutes(app, opts.store, changes, opts.brands, opts.replies);
  teamRoutes(app, opts.store, changes);
  shareOfVoiceRoutes(app, opts.store, opts.brands);
  return {
    app,
    changes,
    async listen(port, host) {
      await app.listen({ port, host });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
    },
    async close() {
      changes.close();
      await app.close();
    },
  };
}
