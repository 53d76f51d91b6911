// The running collector: scheduler and/or API over one store, started and stopped as one.
import { createApi } from './api/server.ts';
import type { ApiSettings, VigiaConfig } from './config.ts';
import type { AlertSettings } from './alerts/alert-settings.ts';
import type { TriageSettings } from './triage-settings.ts';
import { createCollectDeps } from './pipeline/collect-deps.ts';
import type { SourceRunSummary } from './pipeline/collect-source.ts';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { startLeasedCollector, type LeasedCollector } from './lease-scheduler.ts';
import type { VigiaStore } from './store/store.ts';

export interface ServiceOptions {
  store: VigiaStore;
  /** Serve the API with these settings; omit for a collector without API. */
  api?: ApiSettings;
  /** Collect these sources for these brands on schedule; omit for an API-only process. */
  collect?: Pick<VigiaConfig, 'sources' | 'brands' | 'collector'>;
  /** Alert thresholds and webhooks (config `alerts`); defaults raise alerts on the stream only. */
  alerts?: AlertSettings;
  /** The response clock's settings (config `triage`), served on GET /api/settings. */
  triage?: TriageSettings;
  /** The brands the API knows (mutes, suggestions, replies); @default those of `collect` */
  brands?: VigiaConfig['brands'];
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
    ? createApi({ store: opts.store, allowedOrigins: opts.api.allowedOrigins, allowedHosts: [opts.api.host, ...opts.api.allowedHosts], sources: opts.collect?.sources, alerts: opts.alerts, triage: opts.triage, brands: opts.brands ?? opts.collect?.brands })
    : undefined;
  const apiUrl = api && opts.api ? await api.listen(opts.port ?? opts.api.port, opts.api.host) : undefined;
  let scheduler: LeasedCollector | undefined;
  let deps: Awaited<ReturnType<typeof createCollectDeps>> | undefined;
  if (opts.collect) {
    deps = await createCollectDeps(opts.collect, opts.store, { onStored: () => api?.changes.poke() });
    // Sources are leased from the store on either engine, so any number of collectors can share them.
    scheduler = startLeasedCollector(opts.collect.sources, deps, {
      collectorId: `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
      onRun: opts.onRun,
      onError: (e) => console.error(`collector: ${String(e)}`),
      onLeaseLost: (id) => console.warn(`collector: source ${id} outran its lease and another collector took it; this run still finishes`),
    });
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

/** Stops the service on Ctrl-C / SIGTERM / SIGHUP, then closes the store; a second signal exits at once. */
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
  // A closed terminal: stop as cleanly as on Ctrl-C (Chromium and the store included).
  process.on('SIGHUP', handler);
}
