// Launches Chromium with the built extension loaded (headless, persistent profile) for end-to-end tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where `npx wxt build` puts the Chrome build. */
export const EXTENSION_DIST = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/** A running browser with the extension. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's id (the host of its service worker's URL). */
  extensionId: string;
  close(): Promise<void>;
}

/** @default { lang: 'en-US' } */
export interface LaunchOptions {
  /** Browser UI language, which the extension follows under "auto". */
  lang?: string;
  /** Host names answered by 127.0.0.1 (test pages served under real products' hosts). */
  mapHostsToLoopback?: readonly string[];
  /** Accept the test servers' throwaway certificates. */
  acceptTestCertificates?: boolean;
  /** Another build to load (the demo build). @default EXTENSION_DIST */
  dist?: string;
}

/** VIGIA_CHROMIUM, else Debian's Chromium, else the browser Playwright installed (undefined lets it choose). */
export function chromiumPath(): string | undefined {
  if (process.env.VIGIA_CHROMIUM) return process.env.VIGIA_CHROMIUM;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? EXTENSION_DIST;
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`e2e: no built extension at ${dist}; run \`npx wxt build\` first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'vigia-chromium-'));
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    // --lang alone does not reach navigator.language in headless mode; the locale override does (pages
    // and content scripts; the service worker does not render text).
    locale: options.lang ?? 'en-US',
    ignoreHTTPSErrors: options.acceptTestCertificates ?? false,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--lang=${options.lang ?? 'en-US'}`,
      ...(options.mapHostsToLoopback?.length ? [`--host-resolver-rules=${options.mapHostsToLoopback.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`] : []),
      ...(options.acceptTestCertificates ? ['--ignore-certificate-errors'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Stops the extension's service worker as Chrome does when it is idle (module state is lost), using the
 * DevTools protocol from one of the extension's pages; resolves once Chrome reports it stopped.
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const cdp = await browser.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  await page.close();
}

type ChromeGlobal = { chrome: any };

/**
 * Allows the extension on a site (`http://127.0.0.1/*`) as a user does — on, in Chrome's extension
 * settings, then asked for by Vigía with no prompt left to answer — and waits until the background has
 * registered the overlay there. A release build declares real CRMs only; any other site (the demo's
 * loopback CRM included) gets the overlay this way.
 */
export async function allowSite(browser: ExtensionBrowser, pattern: string): Promise<void> {
  const settings = await browser.context.newPage();
  await settings.goto(`chrome://extensions/?id=${browser.extensionId}`);
  await settings.evaluate(([id, origin]) => (globalThis as unknown as ChromeGlobal).chrome.developerPrivate.addHostPermission(id, origin), [browser.extensionId, pattern]);
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const granted = await options.evaluate((origin) => (globalThis as unknown as ChromeGlobal).chrome.permissions.request({ origins: [origin] }) as Promise<boolean>, pattern);
  if (!granted) throw new Error(`e2e: Chromium did not grant ${pattern}`);
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const scripts = await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.scripting.getRegisteredContentScripts() as Promise<{ matches?: string[] }[]>);
    if (scripts.some((script) => script.matches?.includes(pattern))) break;
    if (Date.now() > deadline) throw new Error(`e2e: the overlay was not registered on ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await Promise.all([settings.close(), options.close()]);
}
