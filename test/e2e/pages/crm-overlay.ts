// Page object: a CRM page and the overlay the extension puts on it (host `data-vigia="overlay"`, open
// shadow root, which Playwright's CSS locators pierce).
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class CrmOverlay {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<CrmOverlay> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    return new CrmOverlay(page);
  }

  get host(): Locator {
    return this.page.locator('[data-vigia="overlay"]');
  }

  get panel(): Locator {
    return this.host.locator('.vigia-overlay');
  }

  mention(id: string): Locator {
    return this.host.locator(`[data-mention-id="${id}"]`);
  }

  get mentions(): Locator {
    return this.host.locator('[data-mention-id]');
  }

  /** Waits until the lookup has answered (mentions or the empty state). */
  async waitForReady(): Promise<void> {
    await this.host.locator('.vigia-overlay[data-state="ready"]').waitFor();
  }
}
