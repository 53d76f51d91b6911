// `npm start` / `vigia demo`: the fixture web on 127.0.0.1 with a live stream of posts about the fictional
// brand Lumora, the collector collecting it on schedule into the demo's own store, the API, and the demo's
// token — everything a newcomer needs to see Vigía work, offline, for as long as it is left running.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoConfig } from '../demo/demo-config.ts';
import { importDemoCrm } from '../demo/demo-crm.ts';
import { openDemoStore } from '../demo/demo-store.ts';
import { demoPages, demoPageLinks } from '../demo/pages/demo-pages.ts';
import { startFixtureServer } from '../demo/fixture-server.ts';
import { startLiveDemo } from '../demo/live/live-demo.ts';
import { openDemoBrowser } from '../demo/open-browser.ts';
import { startService, stopOnSignals } from '../service.ts';
import { formatRun } from './collect.ts';

export interface DemoOptions {
  /** API port. @default 8787 (falls back to a free port when taken) */
  port?: number;
  /** Keep the previous start's data (and token) instead of starting fresh. */
  keep?: boolean;
  /** Seed of the live stream: the same seed replays the same posts and story endings. @default random */
  seed?: number;
  /** Launch Chromium with the demo build loaded, connected, on the index page. */
  open?: boolean;
  /** Print each live post as it is published. @default true */
  verbose?: boolean;
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
  const startMs = Date.now();
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const { store, file, token, tokenReused } = await openDemoStore({ keep: opts.keep });
  const live = startLiveDemo({ seed, startMs, store, log: opts.verbose === false ? undefined : (line) => console.log(line) });
  const fixture = await listenSomewhere((port) => startFixtureServer({ port, rewrite: live.rewrite, pages: demoPages }), 8788);
  const config = demoConfig(fixture.feedUrls);
  // Before collecting, so the pipeline links Marta's and James's posts as they arrive.
  const [crm] = await importDemoCrm(store);
  const service = await listenSomewhere(
    (port) => startService({ api: config.api, collect: config, alerts: config.alerts, triage: config.triage, store, port, onRun: (s) => console.log(`  ${formatRun(s)}`) }),
    opts.port ?? config.api.port,
  );
  const apiUrl = service.apiUrl ?? '';
  // The demo build (`wxt build --mode demo`) also declares the demo's loopback pages; the release build does not.
  const extension = resolve('.output/chrome-mv3-demo');
  const built = existsSync(extension);
  const pages = demoPageLinks(fixture.url);
  console.log(`
Vigía demo is running (Ctrl-C stops it). Seed ${seed}: "npm start -- --seed ${seed}" replays this stream.

  API          ${apiUrl}   (try: curl -H "Authorization: Bearer ${token}" ${apiUrl}/api/mentions)
  API token    ${token}${tokenReused ? '   (the same as last time)' : ''}
  Data         ${file}  (${opts.keep ? 'kept from the last start' : 'fresh; "npm start -- --keep" keeps it next time'})
  Status       npx vigia status --demo
  Fixture web  ${fixture.url}/  (a few new posts a minute about the fictional brand Lumora, in English and Spanish;
               Marta's story unfolds over the first minutes; an outage spike raises an alert after about 5 minutes)
  Customers    ${crm!.customers.created ? `${crm!.customers.created} imported` : 'already imported'} from collector/demo/crm-exports (tickets, calls, chats)

  Pages where the extension shows its badges and overlay:
${pages.map((page) => `    ${page.label.padEnd(34)} ${page.url}`).join('\n')}
`);
  let closeBrowser: (() => Promise<void>) | undefined;
  if (opts.open) {
    closeBrowser = await openDemoBrowser({ extension, apiUrl, token, indexUrl: `${fixture.url}/` }).catch((error: unknown) => {
      console.error(`demo: could not open Chromium: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  } else {
    console.log(`Load the extension in Chromium or Chrome (or run "npm start -- --open" to have it done):
  1. open chrome://extensions and switch on "Developer mode"
  2. "Load unpacked" → ${extension}${built ? '' : '   (not built yet: run "npx wxt build --mode demo")'}
  3. in the extension's options set "Collector URL" to ${apiUrl} and "API token" to the token above, then "Save"
  4. open ${fixture.url}/ : every page it links shows badges; the CRM pages show the overlay; the toolbar popup is the inbox.
`);
  }
  stopOnSignals(async () => {
    live.stop();
    await closeBrowser?.();
    await service.stop();
    await fixture.close();
    await store.close();
    console.log('Stopped.');
  });
}
