// Page object: the inbox's competitor filter (Show / Hide / Only competitors).
import type { Locator, Page } from 'playwright-core';

export type CompetitorChoice = '' | 'hide' | 'only';

export class CompetitorFilterControl {
  readonly select: Locator;
  constructor(readonly page: Page) {
    this.select = page.locator('select[data-filter="competitor"]');
  }

  async choose(choice: CompetitorChoice): Promise<void> {
    await this.select.selectOption(choice);
  }

  /** The control's label and its choices, as the user reads them. */
  async texts(): Promise<{ label: string; options: string[] }> {
    const label = await this.page.locator('label', { has: this.select }).evaluate((el) => el.firstChild?.textContent ?? '');
    return { label: label.trim(), options: (await this.select.locator('option').allTextContents()).map((o) => o.trim()) };
  }

  /** Ids of the listed rows labelled "competitor". */
  async competitorRows(): Promise<string[]> {
    return this.page.locator('[data-row-id]:has([data-competitor])').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id') ?? ''));
  }
}
