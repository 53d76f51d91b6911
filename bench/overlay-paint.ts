// Time from a CRM page being ready (DOMContentLoaded) to the first frame that shows the customer's journey
// in the overlay: the built extension in Chromium, the real collector stack, the Zendesk page over HTTPS.
import { startStack } from '../test/support/stack.ts';
import { launchCrmBrowser } from '../test/e2e/crm-fixtures/crm-browser.ts';
import { startCrmPageServer } from '../test/e2e/crm-fixtures/crm-page-server.ts';
import { CRM_PAGES } from '../test/e2e/crm-fixtures/crm-pages.ts';
import { OptionsPage } from '../test/e2e/pages/options-page.ts';
import { ClosedShadowRoot } from '../test/e2e/pages/closed-shadow.ts';

/** Milliseconds from DOMContentLoaded to the painted journey: the first load (nothing cached) and the rest. */
export interface PaintTimes {
  coldMs: number;
  warmMs: number[];
}

// The overlay's shadow root is closed, so page scripts cannot watch it: once the host is attached, a frame
// watcher runs on the root through DevTools and answers with the time of the first frame showing the
// journey. It starts one DevTools round trip after the host appears, so a journey painted within that
// round trip reads a little late: the figures are upper bounds.
const WATCH_FOR_JOURNEY = `function () {
  return new Promise((resolve) => {
    const tick = () => this.querySelector('.vigia-overlay[data-answer="known"] .vigia-metric') ? resolve(performance.now()) : requestAnimationFrame(tick);
    tick();
  });
}`;

async function journeyPaintedAt(root: ClosedShadowRoot, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = await root.evaluate<number>(WATCH_FOR_JOURNEY).catch(() => undefined);
    if (at !== undefined) return at;
    if (Date.now() > deadline) throw new Error('bench: the overlay never showed the journey');
    await root.page.waitForSelector('[data-vigia="overlay"]', { state: 'attached', timeout: 1000 }).catch(() => undefined);
  }
}

export async function measureOverlayPaint(loads: number): Promise<PaintTimes> {
  const [stack, pages, browser] = await Promise.all([startStack(), startCrmPageServer(), launchCrmBrowser()]);
  try {
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
    await options.page.close();
    const page = await browser.context.newPage();
    const root = new ClosedShadowRoot(page, '[data-vigia="overlay"]');
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(pages.urlOf(CRM_PAGES.zendesk));
      const paintedAt = await journeyPaintedAt(root, 30_000);
      const ready = await page.evaluate(() => (performance.getEntriesByType('navigation') as PerformanceNavigationTiming[])[0]?.domContentLoadedEventEnd ?? 0);
      times.push(paintedAt - ready);
    }
    return { coldMs: times[0] ?? NaN, warmMs: times.slice(1) };
  } finally {
    await browser.close();
    await pages.close();
    await stack.close();
  }
}
