// The journey overlay as an agent meets it: it follows single-page navigation, links an unknown
// customer's public profile, takes a live mention over SSE while rendering hostile text as text, keeps
// itself from the page's scripts, only runs on other sites once the user grants them, and speaks Spanish.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CustomerLookupResult } from '../../shared/customer/customer-journey-view.ts';
import type { Mention } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchCrmBrowser } from './crm-fixtures/crm-browser.ts';
import { startCrmPageServer, type CrmPageServer } from './crm-fixtures/crm-page-server.ts';
import { CRM_PAGES } from './crm-fixtures/crm-pages.ts';
import type { ExtensionBrowser } from './pages/browser.ts';
import { CrmOverlay } from './pages/crm-overlay.ts';
import { OptionsPage } from './pages/options-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
/** The chrome APIs these checks call from the extension's own pages (not in the test's types). */
type ChromeGlobal = {
  chrome: {
    scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
    developerPrivate: { addHostPermission(extensionId: string | undefined, origin: string | undefined): Promise<void> };
    permissions: { request(request: { origins: string[] }): Promise<boolean>; remove(request: { origins: string[] }): Promise<boolean> };
  };
};

async function configured(lang?: string): Promise<{ stack: Stack; pages: CrmPageServer; browser: ExtensionBrowser }> {
  mkdirSync(RESULTS, { recursive: true });
  const [stack, pages, browser] = await Promise.all([startStack(), startCrmPageServer(), launchCrmBrowser(lang ? { lang } : {})]);
  const options = await OptionsPage.open(browser.context, browser.extensionId, lang?.startsWith('es') ? 'es' : 'en');
  await options.fill(stack.apiUrl, stack.token);
  await options.save();
  await options.page.close();
  return { stack, pages, browser };
}

describe('journey overlay behaviour', () => {
  let stack: Stack;
  let pages: CrmPageServer;
  let browser: ExtensionBrowser;
  const worker = (): Worker => browser.context.serviceWorkers()[0]!;

  beforeAll(async () => {
    ({ stack, pages, browser } = await configured());
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await stack?.close();
  });

  it('follows the agent to another ticket tab without a page load (SPA navigation)', async () => {
    const overlay = await CrmOverlay.open(browser.context, pages.urlOf(CRM_PAGES.zendesk));
    await overlay.waitForCustomer('Marta Ruiz');
    // What Zendesk does on a tab switch: hide one workspace pane, show another, push the new URL.
    await overlay.page.evaluate(() => {
      const [james, marta] = document.querySelectorAll<HTMLElement>('[data-test-id="ticket-workspace"]');
      marta!.style.display = 'none';
      james!.style.display = '';
      history.pushState({}, '', '/agent/tickets/4902');
    });
    await overlay.waitForCustomer('James Porter');
    expect(await overlay.host.count()).toBe(1);
    await overlay.page.close();
  });

  it('links an unknown customer’s public profile: the collector records it and the overlay shows the journey', async () => {
    const overlay = await CrmOverlay.open(browser.context, pages.urlOf(CRM_PAGES.unknownCustomer));
    await overlay.waitForUnknown();
    const candidate = overlay.candidate('reddit', 'carlos_mv');
    expect(await candidate.textContent()).toContain('handle seen on the page');
    await overlay.screenshot(resolve(RESULTS, 'crm-unknown-candidates.png'));
    await candidate.getByRole('button', { name: 'Link' }).click();
    await overlay.waitForCustomer('Carlos Martín');

    const { customer } = await stack.api<CustomerLookupResult>('/api/customers/lookup?email=carlos.martin%40example.es');
    expect(customer?.handles).toContainEqual({ platform: 'reddit', handle: 'carlos_mv' });
    expect(customer?.crmIds).toContainEqual({ system: 'zendesk', id: '90999' });
    const { items } = await stack.api<{ items: Mention[] }>('/api/mentions?author=carlos_mv&limit=10');
    expect(items.length).toBeGreaterThan(0);
    expect(await overlay.timelineIds()).toEqual(expect.arrayContaining(items.map((m) => m.id)));
    await overlay.page.close();
  });

  it('shows a hostile mention that arrives live as text: nothing runs, and the page’s scripts learn nothing', async () => {
    const overlay = await CrmOverlay.open(browser.context, pages.urlOf(CRM_PAGES.intercom));
    await overlay.waitForCustomer('Marta Ruiz');
    // The CRM page's own scripts listen for clicks (bubbling) and look for anything the extension adds.
    await overlay.page.evaluate(() => {
      const page = window as unknown as { seenClicks: number; globalsBefore: string[] };
      page.seenClicks = 0;
      page.globalsBefore = Object.keys(window);
      document.addEventListener('click', () => page.seenClicks++);
    });

    const { customer } = await stack.api<CustomerLookupResult>('/api/customers/lookup?email=marta%40example.com');
    const now = new Date().toISOString();
    const hostile = '<img src=x onerror="window.vigiaPwned=1"><script>window.vigiaPwned=2</script> Lumora, never again';
    await stack.store.insertMentions([
      {
        id: 'reddit-e2e-hostile',
        source: 'reddit-lumora',
        platform: 'reddit',
        kind: 'post',
        url: 'https://www.reddit.com/r/lumora/comments/e2ehostile/',
        author: { name: 'u/marta_rz', handle: 'marta_rz', url: 'https://www.reddit.com/user/marta_rz' },
        title: hostile,
        text: `${hostile} <svg onload="window.vigiaPwned=3"></svg>`,
        lang: 'en',
        publishedAt: now,
        collectedAt: now,
        sentiment: { score: -0.7, label: 'negative', confidence: 0.8 },
        matches: [{ brand: 'Lumora', terms: ['lumora'] }],
        triage: { status: 'new', updatedAt: now },
        priority: 60,
        customerId: customer!.id,
      },
    ]);
    // Nobody reloads: the mention reaches the extension over SSE and the cached journey is fetched again.
    const entry = overlay.timelineEntry('reddit-e2e-hostile');
    await entry.waitFor({ timeout: 30_000 });
    expect(await entry.locator('.vigia-timeline__summary').textContent()).toBe(hostile);
    expect(await overlay.shadow.locator('img, script, svg:not([role="img"])').count()).toBe(0);
    // The shadow root is closed: the host gives the page's scripts no way in, and none of the panel's text.
    const fromPage = await overlay.page.evaluate(() => ({
      shadowRoot: document.querySelector('[data-vigia="overlay"]')!.shadowRoot,
      text: `${document.body.innerText}\n${document.body.textContent}`,
    }));
    expect(fromPage.shadowRoot).toBeNull();
    const title = await overlay.shadow.locator('.vigia-overlay__header strong').textContent();
    expect(title).toBe('Vigía · customer journey');
    for (const shown of [title!, 'Lumora, never again']) expect(fromPage.text).not.toContain(shown);

    await overlay.shadow.getByRole('button', { name: 'Collapse' }).click();
    await overlay.shadow.getByRole('button', { name: 'Expand' }).waitFor();
    const seen = await overlay.page.evaluate(() => {
      const page = window as unknown as { seenClicks: number; globalsBefore: string[]; vigiaPwned?: number; chrome?: { runtime?: { id?: string } } };
      return {
        pwned: page.vigiaPwned ?? null,
        clicks: page.seenClicks,
        newGlobals: Object.keys(window).filter((key) => !page.globalsBefore.includes(key) && !['seenClicks', 'globalsBefore'].includes(key)),
        extensionId: page.chrome?.runtime?.id ?? null,
        hostAttributes: [...document.querySelector('[data-vigia="overlay"]')!.attributes].map((a) => a.name),
      };
    });
    expect(seen).toEqual({ pwned: null, clicks: 0, newGlobals: [], extensionId: null, hostAttributes: ['data-vigia'] });
    // Folding is remembered across pages: unfold it again for the tests after this one.
    await overlay.shadow.getByRole('button', { name: 'Expand' }).click();
    await overlay.shadow.getByRole('button', { name: 'Collapse' }).waitFor();
    await overlay.page.close();
  });

  it('runs on another site only once the user grants it, and stops when they take it back', async () => {
    const site = 'https://crm.lumora.example/*';
    const generic = await CrmOverlay.open(browser.context, pages.urlOf(CRM_PAGES.generic));
    // A declared CRM page opened after it shows its overlay: by then the generic page would have one too.
    const declared = await CrmOverlay.open(browser.context, pages.urlOf(CRM_PAGES.freshdesk));
    await declared.waitForCustomer('James Porter');
    expect(await generic.host.count()).toBe(0);
    expect(await worker().evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.scripting.getRegisteredContentScripts())).toEqual([]);

    // The user allows the site in Chrome's extension settings, then Vigía asks for it (no prompt left to answer).
    const settings = await browser.context.newPage();
    await settings.goto(`chrome://extensions/?id=${browser.extensionId}`);
    await settings.evaluate(([id, origin]) => (globalThis as unknown as ChromeGlobal).chrome.developerPrivate.addHostPermission(id, origin), [browser.extensionId, site]);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await options.evaluate((origin) => (globalThis as unknown as ChromeGlobal).chrome.permissions.request({ origins: [origin] }), site)).toBe(true);
    const registered = () => worker().evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.scripting.getRegisteredContentScripts());
    await vi.waitFor(async () => expect(await registered()).toEqual([expect.objectContaining({ matches: [site], js: ['content-scripts/crm-overlay.js'] })]), { timeout: 10_000, interval: 100 });

    await generic.page.reload();
    await generic.waitForCustomer('Marta Ruiz');
    await generic.screenshot(resolve(RESULTS, 'crm-generic-granted.png'));

    expect(await options.evaluate((origin) => (globalThis as unknown as ChromeGlobal).chrome.permissions.remove({ origins: [origin] }), site)).toBe(true);
    await vi.waitFor(async () => expect(await registered()).toEqual([]), { timeout: 10_000, interval: 100 });
    await Promise.all([generic.page.close(), declared.page.close(), settings.close(), options.close()]);
  });
});

describe('journey overlay in Spanish', () => {
  let stack: Stack;
  let pages: CrmPageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ stack, pages, browser } = await configured('es-ES'));
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await stack?.close();
  });

  it('follows the browser language', async () => {
    const overlay = await CrmOverlay.open(browser.context, pages.urlOf(CRM_PAGES.hubspot));
    await overlay.waitForCustomer('Marta Ruiz');
    expect(await overlay.shadow.locator('[data-churn-risk] strong').textContent()).toBe('Riesgo de abandono');
    expect(await overlay.metric('touchpoints').locator('dt').textContent()).toBe('Contactos');
    expect(await overlay.metric('resolution').locator('dd').textContent()).toMatch(/^(Resuelto en|Abierto desde hace) /);
    expect(await overlay.shadow.locator('.vigia-timeline .vigia-section-title').textContent()).toBe('Cronología');
    await overlay.screenshot(resolve(RESULTS, 'crm-hubspot-es.png'));
    await overlay.page.close();
  });
});
