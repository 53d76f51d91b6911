// Page object: the full-page triage inbox (inbox.html), driven with the keyboard like a triager would.
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class InboxPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, hash = ''): Promise<InboxPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/inbox.html${hash}`);
    await page.locator('.inbox').waitFor();
    return new InboxPage(page);
  }

  /** The item's card (root carries data-mention-id). */
  mention(id: string): Locator {
    return this.page.locator(`[data-mention-id="${id}"]`);
  }

  /** Ids of the listed items, in order. */
  async listedIds(): Promise<string[]> {
    return this.page.locator('[data-row-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id') ?? ''));
  }

  async selectedId(): Promise<string | null> {
    return this.page.locator('[data-row-id][aria-selected="true"]').getAttribute('data-row-id');
  }

  /** Presses keys one after the other (j, k, a, r, e, i, x). */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** The count shown on a status tab (new, assigned, responded, resolved, ignored, all). */
  async count(status: string): Promise<number> {
    return Number(await this.page.locator(`.inbox-tab[data-status="${status}"] .inbox-tab__count`).textContent());
  }

  /** Waits until the item shows this status, and whether it still waits to reach the collector. */
  async waitForStatus(id: string, status: string, pending = false): Promise<void> {
    await this.mention(id).locator(`[data-triage-status="${status}"][data-pending="${pending}"]`).waitFor({ timeout: 60_000 });
  }

  get notice(): Locator {
    return this.page.locator('.inbox__notice[role="status"]');
  }
}
