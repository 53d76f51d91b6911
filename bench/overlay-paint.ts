// Time from a CRM page being ready (DOMContentLoaded) to the first frame that shows the customer's journey
// in the overlay: the built extension in Chromium, the real collector stack, the Zendesk page over HTTPS.
import { startStack } from '../test/support/stack.ts';
import { launchCrmBrowser } from '../test/e2e/crm-fixtures/crm-browser.ts';
import { startCrmPageServer } from '../test/e2e/crm-fixtures/crm-page-server.ts';
import { CRM_PAGES } from '../test/e2e/crm-fixtures/crm-pages.ts';
import { OptionsPage } from '../test/e2e/pages/options-page.ts';

/** Milliseconds from DOMContentLoaded to the painted journey: the first load (nothing cached) and the rest. */
export interface PaintTimes {
  coldMs: number;
  warmMs: number[];
}

// Runs in the page before its scripts: each frame, look for the journey in the overlay's (open) shadow root.
const WATCH_FOR_JOURNEY = `(() => {
  const tick = () => {
    const shown = document.querySelector('[data-vigia="overlay"]')?.shadowRoot?.querySelector('.vigia-overlay[data-answer="known"] .vigia-metric');
    if (shown) { window.__journeyPaintedAt = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export async function measureOverlayPaint(loads: number): Promise<PaintTimes> {
  const [stack, pages, browser] = await Promise.all([startStack(), startCrmPageServer(), launchCrmBrowser()]);
  try {
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
    await options.page.close();
    const page = await browser.context.newPage();
    await page.addInitScript(WATCH_FOR_JOURNEY);
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(pages.urlOf(CRM_PAGES.zendesk));
      await page.waitForFunction(() => (window as unknown as { __journeyPaintedAt?: number }).__journeyPaintedAt !== undefined, null, { timeout: 30_000 });
      times.push(
        await page.evaluate(() => {
          const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          return (window as unknown as { __journeyPaintedAt: number }).__journeyPaintedAt - (navigation?.domContentLoadedEventEnd ?? 0);
        }),
      );
    }
    return { coldMs: times[0] ?? NaN, warmMs: times.slice(1) };
  } finally {
    await browser.close();
    await pages.close();
    await stack.close();
  }
}
