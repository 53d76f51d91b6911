// Chromium with the built extension for the CRM e2e tests: the products' hosts resolve to 127.0.0.1
// (where crm-page-server.ts answers) and its throwaway certificate is accepted.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, EXTENSION_DIST, type ExtensionBrowser } from '../pages/browser.ts';
import { CRM_HOSTS } from './crm-pages.ts';

/** @default { lang: 'en-US' } */
export async function launchCrmBrowser(options: { lang?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIST, 'manifest.json'))) throw new Error(`e2e: no built extension at ${EXTENSION_DIST}; run \`npx wxt build\` first`);
  const lang = options.lang ?? 'en-US';
  const profile = mkdtempSync(join(tmpdir(), 'vigia-crm-chromium-'));
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    locale: lang,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIST}`,
      `--load-extension=${EXTENSION_DIST}`,
      `--lang=${lang}`,
      `--host-resolver-rules=${CRM_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
      '--ignore-certificate-errors',
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
    return {
      context,
      extensionId: new URL(worker.url()).host,
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
