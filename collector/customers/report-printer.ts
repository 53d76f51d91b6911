// Prints a journey report's HTML to PDF with the Chromium the collector already drives for review pages:
// launched on first use, one page per report, JavaScript off and every request refused (the page is
// self-contained), closed with the API.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../reviews/browser/browser-pool.ts';
import { resolveChromiumPath } from '../reviews/browser/chromium-path.ts';

export interface ReportPrinter {
  pdf(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

export function createReportPrinter(opts: { executablePath?: string; timeoutMs?: number } = {}): ReportPrinter {
  let browser: Promise<Browser> | undefined;
  const launch = () => {
    browser ??= chromium.launch({ executablePath: opts.executablePath ?? resolveChromiumPath(), headless: true, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    // A browser that failed to start or crashed is forgotten: the next report starts a fresh one.
    browser.then((b) => b.on('disconnected', () => (browser = undefined)), () => (browser = undefined));
    return browser;
  };
  return {
    async pdf(html) {
      const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) => route.abort('blockedbyclient'));
        const page = await context.newPage();
        page.setDefaultTimeout(opts.timeoutMs ?? 30_000);
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } });
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      const open = browser;
      browser = undefined;
      await (await open?.catch(() => undefined))?.close().catch(() => undefined);
    },
  };
}
