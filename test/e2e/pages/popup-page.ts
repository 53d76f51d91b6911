// Page object: the extension's popup, opened as a tab (same document the toolbar button shows).
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 440, height: 720 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.locator('.popup').waitFor();
    return new PopupPage(page);
  }

  /** The mention's item (root carries data-mention-id). */
  mention(id: string): Locator {
    return this.page.locator(`[data-mention-id="${id}"]`);
  }

  async showNegativeOnly(label = 'Negative only'): Promise<void> {
    await this.page.getByLabel(label).check();
  }

  /** Clicks one of the item's triage buttons ("Responded", "Resolved", "Ignore"). */
  async triage(id: string, button: string): Promise<void> {
    await this.mention(id).getByRole('button', { name: button, exact: true }).click();
  }

  /** Waits until the item shows this triage status (new, responded, …) and is no longer pending. */
  async waitForStatus(id: string, status: string): Promise<void> {
    await this.mention(id).locator(`[data-triage-status="${status}"]`).waitFor();
  }
}
