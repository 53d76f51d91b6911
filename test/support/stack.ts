// The whole collector side for integration and end-to-end tests: the demo's fixture web on 127.0.0.1, a
// collector with its own temporary data directory that has already collected once and keeps collecting,
// the API on a free port, and a token.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectOnce } from '../../collector/commands/collect.ts';
import { importDemoCrm } from '../../collector/demo/demo-crm.ts';
import { demoConfig } from '../../collector/demo/demo-config.ts';
import { startFixtureServer } from '../../collector/demo/fixture-server.ts';
import { startService } from '../../collector/service.ts';
import { openStore } from '../../collector/store/open-store.ts';
import type { VigiaStore } from '../../collector/store/store.ts';
import type { VigiaConfig } from '../../collector/config.ts';
import type { TriageSettings } from '../../collector/triage-settings.ts';
import type { HelpdeskEntry } from '../../collector/tickets/helpdesk-config.ts';

export interface Stack {
  fixture: Awaited<ReturnType<typeof startFixtureServer>>;
  apiUrl: string;
  token: string;
  store: VigiaStore;
  dataDir: string;
  /** GET/PATCH the API with the token. */
  api<T = unknown>(path: string, init?: { method?: string; body?: unknown }): Promise<T>;
  /** Stops the collector (API and schedule) as a crash or a network cut would look to the extension. */
  stopApi(): Promise<void>;
  /** Starts it again on the same URL, over the same store. */
  startApi(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `triage`: the config's response clock (business hours), served on GET /api/settings; `helpdesks`: where
 * tickets are opened (config `helpdesks`); `rewrite`: changes a fixture feed as it is served (new posts);
 * `extraBrands`: brands besides the demo's (competitors).
 */
export async function startStack(opts: { every?: string; triage?: TriageSettings; helpdesks?: HelpdeskEntry[]; rewrite?: (path: string, text: string) => string; extraBrands?: VigiaConfig['brands'] } = {}): Promise<Stack> {
  const fixture = await startFixtureServer(opts.rewrite ? { rewrite: opts.rewrite } : {});
  const dataDir = mkdtempSync(join(tmpdir(), 'vigia-stack-'));
  // Always the SQLite file in the temporary directory: never a developer's VIGIA_DATABASE_URL.
  const store = await openStore({ VIGIA_DATA_DIR: dataDir });
  const config = demoConfig(fixture.feedUrls, { every: opts.every ?? '2s', port: 0 });
  // More brands to watch (a competitor), beside the demo's own.
  config.brands.push(...(opts.extraBrands ?? []));
  // The demo's CRM exports first, as `npm start` does: collected posts by their authors join the journeys.
  await importDemoCrm(store);
  await collectOnce(config, store, () => undefined);
  const token = await store.createToken('e2e');
  let service: Awaited<ReturnType<typeof startService>> | undefined = await startService({ api: config.api, collect: config, store, triage: opts.triage, helpdesks: opts.helpdesks });
  const apiUrl = service.apiUrl!;
  return {
    fixture,
    apiUrl,
    token,
    store,
    dataDir,
    async api<T>(path: string, init: { method?: string; body?: unknown } = {}) {
      const response = await fetch(`${apiUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
      if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async stopApi() {
      await service?.stop();
      service = undefined;
    },
    async startApi() {
      service ??= await startService({ api: config.api, collect: config, store, triage: opts.triage, helpdesks: opts.helpdesks, port: Number(new URL(apiUrl).port) });
    },
    async close() {
      await service?.stop();
      await fixture.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
