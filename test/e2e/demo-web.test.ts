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

      it("shows Marta's journey on the CRM page, the dashboard and the popup", async () => {
        const crm = await CrmOverlay.open(browser.context, stack.fixture.crmUrls.marta);
        await crm.waitForCustomer('Marta Ruiz');
        await crm.page.screenshot({ path: join(SHOTS, `crm-overlay-${lang}.png`) });
        const dashboard = await DashboardPage.open(browser.context, browser.extensionId, 1000);
        await dashboard.page.screenshot({ path: join(SHOTS, `dashboard-${lang}.png`), fullPage: true });
        const popup = await PopupPage.open(browser.context, browser.extensionId);
        await popup.page.locator('[data-mention-id]').first().waitFor({ timeout: 30_000 });
        await popup.page.screenshot({ path: join(SHOTS, `popup-${lang}.png`) });
      });
    });
  }
});
