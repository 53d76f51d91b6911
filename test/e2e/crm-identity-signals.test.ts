// Issue 19: a CRM page marked otherwise than a recipe's main shape (data-test-id hooks, the e-mail shown as
// text, fields labelled in Spanish) still names its customer, and the overlay says what it found on the
// page and what it could not, in the browser's language.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.ts';
import { launchCrmBrowser } from './crm-fixtures/crm-browser.ts';
import { startCrmPageServer, type CrmPageServer } from './crm-fixtures/crm-page-server.ts';
import { CRM_PAGES } from './crm-fixtures/crm-pages.ts';
import type { ExtensionBrowser } from './pages/browser.ts';
import { CrmOverlay } from './pages/crm-overlay.ts';
import { OptionsPage } from './pages/options-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');

describe.each([
  ['en-US', 'hubspotText', 'Found: e-mail, HubSpot id · Not found: handle', 'crm-found-not-found.png'],
  ['es-ES', 'hubspotSpanish', 'Encontrado: e-mail, usuario de redes, id de HubSpot', 'crm-found-es.png'],
] as const)('overlay on a CRM page shaped otherwise (%s)', (lang, key, line, shot) => {
  let stack: Stack;
  let pages: CrmPageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    [stack, pages, browser] = await Promise.all([startStack(), startCrmPageServer(), launchCrmBrowser({ lang })]);
    const options = await OptionsPage.open(browser.context, browser.extensionId, lang === 'es-ES' ? 'es' : 'en');
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
    await options.page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await stack?.close();
  });

  it(`finds ${CRM_PAGES[key].name} and says what the page gave`, async () => {
    const page = CRM_PAGES[key];
    const overlay = await CrmOverlay.open(browser.context, pages.urlOf(page));
    await overlay.waitForCustomer(page.name);
    expect(await overlay.shadow.locator('.vigia-customer__identities').textContent()).toContain(page.customerEmail);
    expect(await overlay.shadow.locator('.vigia-overlay__identities').textContent()).toBe(line);
    await overlay.screenshot(resolve(RESULTS, shot));
    await overlay.page.close();
  });
});
