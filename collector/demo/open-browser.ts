// `npm start -- --open`: Chromium with the demo build loaded in a fresh profile, its options already set to
// the demo collector and token, on the demo web's index page. Chromium is found as the tests find it
// (VIGIA_CHROMIUM, else /usr/bin/chromium or chromium on the PATH); none found → an error saying how.
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.ts';

export interface OpenBrowserOptions {
  extension: string;
  apiUrl: string;
  token: string;
  indexUrl: string;
  /** For checks without a display. @default false */
  headless?: boolean;
}

/** Launches it; resolves to a function closing it. */
export async function openDemoBrowser(opts: OpenBrowserOptions): Promise<() => Promise<void>> {
  if (!existsSync(opts.extension)) throw new Error(`the demo build is missing at ${opts.extension}: run "npx wxt build --mode demo" (npm start does)`);
  const executablePath = findChromium();
  if (!opts.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('no display to show Chromium on (DISPLAY is not set): open the pages above in a browser of your own');
  }
  // A development dependency: loaded only when asked to open a browser.
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: opts.headless ?? false,
    viewport: null,
    args: [
      `--disable-extensions-except=${opts.extension}`,
      `--load-extension=${opts.extension}`,
      '--no-first-run',
      '--disable-sync',
      '--disable-component-update',
      '--disable-background-networking',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // The options page saves through the same code a user's click would run.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const save = options.getByRole('button', { name: /^(Save|Guardar)$/ });
  await save.and(options.locator(':enabled')).waitFor();
  await options.getByLabel(/^(Collector URL|URL del colector)$/).fill(opts.apiUrl);
  await options.getByLabel(/^(API token|Token de la API)$/).fill(opts.token);
  await save.click();
  await options.locator('.options__notice--ok').waitFor({ timeout: 10_000 });
  const index = await context.newPage();
  await index.goto(opts.indexUrl);
  await options.close();
  console.log(`Chromium is open on ${opts.indexUrl} with the demo build connected to the collector (${executablePath}).`);
  return () => context.close();
}
