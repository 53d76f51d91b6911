// The demo web as a newcomer meets it after `npm start`: the index links the CRM pages and the Reddit-, X-,
// Trustpilot- and Google Maps-like pages in both languages, the demo build puts its badges on every site
// page, and each surface (index, site pages, CRM overlay, options, dashboard, popup) is shown in English and
// Spanish, saved as screenshots under test-results/demo-web/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPages } from '../../collector/demo/pages/demo-pages.ts';
import { SITE_PAGES } from '../../collector/demo/pages/site-pages.ts';
import { startFixtureServer, type FixtureServer } from '../../collector/demo/fixture-server.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { CrmOverlay } from './pages/crm-overlay.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { SocialPage } from './pages/social-page.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO_DIST = join(ROOT, '.output/chrome-mv3-demo');
const SHOTS = join(ROOT, 'test-results/demo-web');

describe('the demo web', () => {
  let stack: Stack;
  let web: FixtureServer;

  beforeAll(async () => {
    execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: ROOT, stdio: 'ignore' });
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack();
    web = await startFixtureServer({ pages: demoPages });
  });

  afterAll(async () => {
    await web?.close();
    await stack?.close();
  });

  for (const lang of ['en', 'es'] as const) {
    describe(`in ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
      let browser: ExtensionBrowser;
      beforeAll(async () => {
        browser = await launchExtension({ dist: DEMO_DIST, lang: lang === 'en' ? 'en-US' : 'es-ES' });
        const options = await OptionsPage.open(browser.context, browser.extensionId, lang);
        await options.fill(stack.apiUrl, stack.token);
        await options.save();
        await options.page.setViewportSize({ width: 900, height: 700 });
        await options.page.screenshot({ path: join(SHOTS, `options-${lang}.png`) });
        await options.page.close();
      });
      afterAll(async () => browser?.close());

      it('links every CRM and site page from the index', async () => {
        const page = await browser.context.newPage();
        await page.goto(`${web.url}/`);
        const hrefs = await page.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
        for (const site of SITE_PAGES) expect(hrefs).toContain(`${web.url}${site.path}`);
        expect(hrefs).toContain(`${web.url}/crm/contact-marta.html`);
        await page.screenshot({ path: join(SHOTS, `index-${lang}.png`), fullPage: true });
        await page.close();
      });

      it('puts a badge on every post and review of each site page', async () => {
        for (const site of SITE_PAGES) {
          const social = await SocialPage.open(browser.context, `${web.url}${site.path}`);
          await social.waitForReady(3);
          expect(await social.readyBadges.count()).toBe(3);
          if (site.lang === lang) await social.page.screenshot({ path: join(SHOTS, `site-${site.site}-${lang}.png`), fullPage: true });
          await social.page.close();
        }
      });

      it('options: the URL field shows a hint, an empty URL says what to type, an unreachable collector is said once', async () => {
        const options = await OptionsPage.open(browser.context, browser.extensionId, lang);
        await options.page.setViewportSize({ width: 900, height: 760 });
        const url = options.page.locator('#collector-url');
        expect(await url.getAttribute('placeholder')).toMatch(lang === 'en' ? /^e\.g\. http/ : /^p\. ej\. http/);
        await options.fill('', 'x');
        await options.page.getByRole('button', { name: lang === 'en' ? 'Save' : 'Guardar', exact: true }).click();
        expect(await options.status.textContent()).toMatch(lang === 'en' ? /^Enter the collector URL/ : /^Escribe primero la URL/);
        await options.page.screenshot({ path: join(SHOTS, `options-empty-${lang}.png`) });
        await options.fill('http://127.0.0.1:1', 'x');
        const report = await options.testConnection();
        expect(report.match(/127\.0\.0\.1:1/g)).toHaveLength(1);
        expect(report).not.toMatch(/TypeError|Failed to fetch|collector:/);
        await options.page.screenshot({ path: join(SHOTS, `options-unreachable-${lang}.png`) });
        await options.page.close();
      });

      it("shows Marta's journey docked beside the CRM's content, folded on request, and remembers it", async () => {
        const crm = await CrmOverlay.open(browser.context, stack.fixture.crmUrls.marta);
        await crm.page.setViewportSize({ width: 1280, height: 900 });
        await crm.waitForCustomer('Marta Ruiz');
        // The CRM's page is laid out in the width left of the docked panel.
        const bodyRight = await crm.page.evaluate(() => document.body.getBoundingClientRect().right);
        expect(bodyRight).toBeLessThanOrEqual(1280 - 360 + 1);
        await crm.page.screenshot({ path: join(SHOTS, `crm-overlay-${lang}.png`) });
        await crm.shadow.locator('.vigia-overlay__header .vigia-button').click();
        await crm.shadow.locator('.vigia-overlay--collapsed').waitFor();
        await crm.page.screenshot({ path: join(SHOTS, `crm-overlay-folded-${lang}.png`) });
        await crm.page.reload();
        await crm.shadow.locator('.vigia-overlay--collapsed').waitFor();
        expect(await crm.page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
        await crm.shadow.locator('.vigia-overlay__header .vigia-button').click();
        await crm.waitForCustomer('Marta Ruiz');
        const dashboard = await DashboardPage.open(browser.context, browser.extensionId, 1000);
        await dashboard.page.screenshot({ path: join(SHOTS, `dashboard-${lang}.png`), fullPage: true });
        const popup = await PopupPage.open(browser.context, browser.extensionId);
        await popup.page.locator('[data-mention-id]').first().waitFor({ timeout: 30_000 });
        await popup.page.screenshot({ path: join(SHOTS, `popup-${lang}.png`) });
      });
    });
  }
});
