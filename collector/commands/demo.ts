// `npm start` / `vigia demo`: the fixture web on 127.0.0.1, the collector collecting it on schedule into
// data/, the API, and a fresh token — everything a newcomer needs to see Vigía work, offline.
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { startFixtureServer } from '../demo/fixture-server.ts';
import { demoConfig } from '../demo/demo-config.ts';
import { importDemoCrm } from '../demo/demo-crm.ts';
import { databaseFile } from '../paths.ts';
import { startService, stopOnSignals } from '../service.ts';
import { openStore } from '../store/open-store.ts';
import { formatRun } from './collect.ts';

export interface DemoOptions {
  /** API port. @default 8787 (falls back to a free port when taken) */
  port?: number;
  /** Reveal one more fixture post every N ms, to show live push. @default 20000 */
  revealEveryMs?: number;
}

async function listenSomewhere<T>(start: (port: number) => Promise<T>, preferred: number): Promise<T> {
  try {
    return await start(preferred);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return start(0);
  }
}

export async function runDemo(opts: DemoOptions = {}): Promise<void> {
  const fixture = await listenSomewhere((port) => startFixtureServer({ port, revealEveryMs: opts.revealEveryMs ?? 20_000 }), 8788);
  const config = demoConfig(fixture.feedUrls);
  const store = await openStore();
  // Each run prints a fresh token; the previous run's stops working.
  const token = await store.createToken('demo', { replace: true });
  // Before collecting, so the pipeline links Marta's and James's posts as they arrive.
  const [crm] = await importDemoCrm(store);
  const service = await listenSomewhere(
    (port) => startService({ api: config.api, collect: config, alerts: config.alerts, triage: config.triage, store, port, onRun: (s) => console.log(`  ${formatRun(s)}`) }),
    opts.port ?? config.api.port,
  );
  // The demo build (`wxt build --mode demo`) also declares the demo CRM's loopback pages; the release build does not.
  const extension = resolve('.output/chrome-mv3-demo');
  console.log(`
Vigía demo is running (Ctrl-C stops it).

  API          ${service.apiUrl}   (try: curl -H "Authorization: Bearer ${token}" ${service.apiUrl}/api/mentions)
  API token    ${token}
  Data         ${databaseFile()}
  Fixture web  ${fixture.url}  (feeds about the fictional brand Lumora; a new post appears every ${Math.round((opts.revealEveryMs ?? 20_000) / 1000)} s)
  CRM page     ${fixture.crmUrls.marta}
  Customers    ${crm!.customers.created ? `${crm!.customers.created} imported` : 'already imported'} from collector/demo/crm-exports (tickets, calls, chats)

Load the extension in Chromium or Chrome:
  1. open chrome://extensions and switch on "Developer mode"
  2. "Load unpacked" → ${extension}${existsSync(extension) ? '' : '   (not built yet: run "npx wxt build --mode demo")'}
  3. in the extension's options set "Collector URL" to ${service.apiUrl} and "API token" to the token above, then "Save"
  4. open the CRM page above: the overlay shows Marta's journey and public mentions; the toolbar popup is the triage inbox.
`);
  stopOnSignals(async () => {
    await service.stop();
    await fixture.close();
    await store.close();
    console.log('Stopped.');
  });
}
