// The running collector: scheduler and/or API over one store, started and stopped as one.
import { createApi } from './api/server.ts';
import type { ApiSettings, VigiaConfig } from './config.ts';
import type { AlertSettings } from './alerts/alert-settings.ts';
import { createCollectDeps } from './pipeline/collect-deps.ts';
import type { SourceRunSummary } from './pipeline/collect-source.ts';
import { hostname } from 'node:os';
import { startLeasedCollector } from './lease-scheduler.ts';
import { startScheduler, type Scheduler } from './scheduler.ts';
import type { VigiaStore } from './store/store.ts';

export interface ServiceOptions {
  store: VigiaStore;
  /** Serve the API with these settings; omit for a collector without API. */
  api?: ApiSettings;
  /** Collect these sources for these brands on schedule; omit for an API-only process. */
  collect?: Pick<VigiaConfig, 'sources' | 'brands' | 'collector'>;
  /** Alert thresholds and webhooks (config `alerts`); defaults raise alerts on the stream only. */
  alerts?: AlertSettings;
  /** Overrides api.port. */
  port?: number;
  onRun?: (summary: SourceRunSummary) => void;
}

export interface Service {
  /** The API's base URL when serving. */
  apiUrl?: string;
  stop(): Promise<void>;
}

export async function startService(opts: ServiceOptions): Promise<Service> {
  const api = opts.api
    ? createApi({ store: opts.store, allowedOrigins: opts.api.allowedOrigins, allowedHosts: [opts.api.host, ...opts.api.allowedHosts], sources: opts.collect?.sources, alerts: opts.alerts })
    : undefined;
  const apiUrl = api && opts.api ? await api.listen(opts.port ?? opts.api.port, opts.api.host) : undefined;
  let scheduler: Scheduler | undefined;
  let deps: Awaited<ReturnType<typeof createCollectDeps>> | undefined;
  if (opts.collect) {
    deps = await createCollectDeps(opts.collect, opts.store, { onStored: () => api?.changes.poke() });
    // On PostgreSQL several collectors share the sources through leases; on SQLite one process owns them.
    scheduler =
      opts.store.backend === 'postgres'
        ? startLeasedCollector(opts.collect.sources, deps, {
            collectorId: `${hostname()}-${process.pid}`,
            onRun: opts.onRun,
            onError: (e) => console.error(`collector: ${String(e)}`),
            onLeaseLost: (id) => console.warn(`collector: source ${id} outran its lease and another collector took it; this run still finishes`),
          })
        : startScheduler(opts.collect.sources, deps, { onRun: opts.onRun });
  }
  return {
    apiUrl,
    async stop() {
      await scheduler?.stop();
      await deps?.close();
      await api?.close();
    },
  };
}

/** Stops the service on Ctrl-C / SIGTERM, then closes the store; a second Ctrl-C exits at once. */
export function stopOnSignals(stop: () => Promise<void>, log: (line: string) => void = console.log): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    log(`\n${signal}: stopping…`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
