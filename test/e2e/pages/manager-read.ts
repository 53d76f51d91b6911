// Page object: what a manager reads at side-panel width — whether a panel's text fits, and the key drivers' net line.
import type { Locator, Page } from 'playwright-core';

export class ManagerRead {
  constructor(readonly page: Page) {}

  /** The key drivers' line with the net sentiment and its change. */
  get driversNet(): Locator {
    return this.page.locator('[data-chart="key-drivers"] [data-figure="net-change"]');
  }

  /** The texts of the elements under `selector` that are cut off (their content wider than their box). */
  async clipped(selector: string): Promise<string[]> {
    return this.page.locator(selector).evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent ?? ''));
  }

  /** Computed font size in px of the first element matching `selector`. */
  async fontSize(selector: string): Promise<number> {
    return this.page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }
}
