// Prints a self-contained HTML page to PDF with the Chromium the collector already drives. The page may run its
// own inline scripts (charts) but reaches nothing: every request other than the page itself is refused.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../reviews/browser/browser-pool.ts';
import { resolveChromiumPath } from '../reviews/browser/chromium-path.ts';

export interface PrintOptions {
  /** @default VIGIA_CHROMIUM, else /usr/bin/chromium, else Playwright's installed Chromium */
  executablePath?: string;
  /** Printing waits until this selector exists (e.g. a marker the charts add when drawn). @default none */
  readySelector?: string;
  /** Longest the whole print may take. @default 30000 */
  timeoutMs?: number;
  /** @default 'A4' */
  format?: 'A4' | 'Letter';
  /** Landscape pages. @default false */
  landscape?: boolean;
}

/** The PDF bytes of `html`; throws a one-line Error naming what failed (no Chromium, page not ready in time). */
export async function printPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const browser = await chromium.launch({ executablePath: options.executablePath ?? resolveChromiumPath(), args: CHROMIUM_ARGS, timeout: timeoutMs });
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: true });
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    if (options.readySelector) {
      await page.waitForSelector(options.readySelector, { state: 'attached', timeout: timeoutMs }).catch(() => {
        throw new Error(`the report page was not ready within ${Math.round(timeoutMs / 1000)} s (waiting for ${options.readySelector})`);
      });
    }
    const pdf = await page.pdf({ format: options.format ?? 'A4', landscape: options.landscape ?? false, printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } });
    return Buffer.from(pdf);
  } finally {
    await browser.close().catch(() => undefined);
  }
}
