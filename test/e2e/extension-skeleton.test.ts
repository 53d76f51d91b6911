// The walking skeleton end to end, like a user: fixture web → collector → API → the built extension in
// Chromium → settings through the options page → the overlay on Marta's CRM page shows her negative
// mention → "Responded" clicked in the popup is visible through the API.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { EXTENSION_ID } from '../../shared/extension-identity.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { allowSite, launchExtension, stopServiceWorker, type ExtensionBrowser } from './pages/browser.ts';
import { CrmOverlay } from './pages/crm-overlay.ts';
import { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
// The demo CRM's pages are on loopback, which only the demo build declares: the release build tested
// here runs on them once the user allows the site, as on any self-hosted CRM.
const DEMO_SITE = 'http://127.0.0.1/*';

describe('extension walking skeleton', () => {
  let stack: Stack;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack();
    browser = await launchExtension({ lang: 'en-US' });
    await allowSite(browser, DEMO_SITE);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('loads with the pinned id, so the collector’s CORS admits it', () => {
    expect(browser.extensionId).toBe(EXTENSION_ID);
  });

  it('options page → overlay with Marta’s negative mention → "Responded" reaches the collector', async () => {
    const handles = ['marta_rz', 'marta_rz@mastodon.social'];
    const negative: Mention[] = [];
    for (const author of handles) {
      const page = await stack.api<{ items: Mention[] }>(`/api/mentions?author=${encodeURIComponent(author)}&sentiment=negative&limit=50`);
      negative.push(...page.items);
    }
    expect(negative.length, 'the demo data has a negative mention by Marta').toBeGreaterThan(0);
    const target = negative[0]!;

    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.fill(stack.apiUrl, 'not-the-token');
    expect(await options.testConnection()).toMatch(/401/);
    await options.fill(stack.apiUrl, stack.token);
    expect(await options.testConnection()).toMatch(/^Connected/);

    // The CRM page is already open when the settings are saved: the overlay must update by itself.
    const crm = await CrmOverlay.open(browser.context, stack.fixture.crmUrls.marta);
    await crm.waitForReady();
    expect(await crm.mentions.count()).toBe(0);
    expect(await options.save()).toMatch(/Saved/);
    await crm.mention(target.id).waitFor({ timeout: 30_000 });
    expect(await crm.mention(target.id).getAttribute('data-sentiment')).toBe('negative');
    expect(await crm.mention(target.id).locator('[data-sentiment="negative"]').textContent()).toBe('Negative');
    await crm.waitForReady();
    expect(await crm.mentionIds()).toEqual(expect.arrayContaining(negative.map((m) => m.id)));
    await crm.panel.screenshot({ path: resolve(RESULTS, 'extension-overlay.png') });

    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.showNegativeOnly();
    await popup.mention(target.id).waitFor();
    await popup.triage(target.id, 'Responded');
    await vi.waitFor(async () => expect((await stack.api<Mention>(`/api/mentions/${target.id}`)).triage.status).toBe('responded'), { timeout: 15_000, interval: 200 });
    await popup.waitForStatus(target.id, 'responded');
    await popup.page.screenshot({ path: resolve(RESULTS, 'extension-popup.png') });
  });

  // Runs after the test above (same browser, settings saved there).
  it('after the service worker is stopped, resumes from its cursor: a change made meanwhile arrives once', async () => {
    const { items } = await stack.api<{ items: Mention[] }>('/api/mentions?author=marta_rz&limit=50');
    const changed = items.find((m) => m.triage.status === 'new');
    expect(changed, 'Marta has a mention nobody triaged yet').toBeDefined();
    await stopServiceWorker(browser);
    await stack.api(`/api/mentions/${changed!.id}/triage`, { method: 'PATCH', body: { status: 'ignored' } });

    // Opening the popup wakes the worker (its status message), which catches up from the stored cursor.
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.waitForStatus(changed!.id, 'ignored');
    const ids = await popup.page.locator('[data-mention-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-mention-id')));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the empty state on a CRM page where nobody can be identified', async () => {
    const crm = await CrmOverlay.open(browser.context, `${stack.fixture.url}/crm/unknown-contact.html`);
    await crm.host.waitFor({ state: 'attached' });
    await crm.waitForReady();
    expect(await crm.mentions.count()).toBe(0);
    expect(await crm.shadow.locator('.vigia-overlay__empty').textContent()).toBe('No public mentions of this person yet.');
  });
});

describe('extension in Spanish', () => {
  let stack: Stack;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchExtension({ lang: 'es-ES' });
    await allowSite(browser, DEMO_SITE);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('follows the browser language: Spanish labels on the options page, the overlay and the popup', async () => {
    const options = await OptionsPage.open(browser.context, browser.extensionId, 'es');
    await options.fill(stack.apiUrl, stack.token);
    expect(await options.testConnection()).toMatch(/^Conectado/);
    expect(await options.save()).toMatch(/^Guardado/);

    const crm = await CrmOverlay.open(browser.context, stack.fixture.crmUrls.marta);
    await crm.mentions.first().waitFor({ timeout: 30_000 });
    expect(await crm.shadow.locator('.vigia-overlay__header strong').textContent()).toBe('Vigía · recorrido del cliente');

    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.showNegativeOnly('Solo negativas');
    const first = popup.page.locator('[data-mention-id]').first();
    await first.waitFor();
    expect(await first.getByRole('button').allTextContents()).toEqual(['Respondida', 'Resuelta', 'Ignorar', 'Responder', 'Silenciar autor', 'No va de nosotros']);
    expect(await first.locator('time').textContent()).toMatch(/^hace /);
  });
});
