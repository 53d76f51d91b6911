// `npm start`'s extension: the demo build (`wxt build --mode demo`, .output/chrome-mv3-demo) is the release
// build plus the demo web's loopback pages (CRM and site pages), so the overlay shows on the demo's CRM page with no prompt —
// and nothing else on loopback (issue 14, item 11: only the release build ships).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.ts';
import { EXTENSION_DIST, launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { CrmOverlay } from './pages/crm-overlay.ts';
import { OptionsPage } from './pages/options-page.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO_DIST = join(ROOT, '.output/chrome-mv3-demo');

interface Manifest {
  host_permissions: string[];
  content_scripts: { matches: string[]; js: string[] }[];
}
const manifestOf = (dist: string): Manifest => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;

describe('the demo build', () => {
  let stack: Stack;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    // Built here, as `npm start` builds it, so the test never reads a stale demo build.
    execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: ROOT, stdio: 'ignore' });
    stack = await startStack();
    browser = await launchExtension({ dist: DEMO_DIST });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('declares the release build’s hosts plus the demo CRM’s loopback pages, and no other loopback page', () => {
    const demo = manifestOf(DEMO_DIST);
    const release = manifestOf(EXTENSION_DIST);
    const loopback = (patterns: string[]) => patterns.filter((p) => /:\/\/(127\.0\.0\.1|localhost)\//.test(p));
    expect(loopback(demo.host_permissions).sort()).toEqual(['http://127.0.0.1/crm/*', 'http://127.0.0.1/sites/*', 'http://localhost/crm/*', 'http://localhost/sites/*']);
    expect(demo.host_permissions.filter((p) => !loopback([p]).length)).toEqual(release.host_permissions);
    const overlay = demo.content_scripts.find((c) => c.js.includes('content-scripts/crm-overlay.js'))!;
    expect(loopback(overlay.matches).sort()).toEqual(['http://127.0.0.1/crm/*', 'http://localhost/crm/*']);
    // The badges also run on the demo web's site pages (Reddit-, X-, Trustpilot-, Google Maps-like).
    const badges = demo.content_scripts.find((c) => c.js.includes('content-scripts/social-badges.js'))!;
    expect(loopback(badges.matches).sort()).toEqual(['http://127.0.0.1/sites/*', 'http://localhost/sites/*']);
    expect(demo.content_scripts.filter((c) => c !== overlay && c !== badges).flatMap((c) => loopback(c.matches))).toEqual([]);
    expect(release.content_scripts.flatMap((c) => loopback(c.matches))).toEqual([]);
  });

  it('shows Marta’s journey on the demo CRM page without asking for the site', async () => {
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
    const crm = await CrmOverlay.open(browser.context, stack.fixture.crmUrls.marta);
    await crm.waitForCustomer('Marta Ruiz');
    expect(await crm.shadow.locator('.vigia-overlay__identities').textContent()).toBe('Found: e-mail, handle');
  });
});
