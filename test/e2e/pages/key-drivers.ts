// Page object: the dashboard's key-driver panel and the aspect chips of inbox rows.
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class KeyDriversPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('[data-chart="key-drivers"]');
  }

  /** Waits until the panel has its figures, and says where they came from (`collector` or `local`). */
  async waitForSource(): Promise<string | null> {
    await this.root.and(this.page.locator('[data-source]')).waitFor({ timeout: 30_000 });
    return this.root.getAttribute('data-source');
  }

  /** Aspect ids of the rows, in ranked order. */
  async aspects(): Promise<string[]> {
    return this.root.locator('[data-driver]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-driver') ?? ''));
  }

  figure(aspect: string, name: 'volume' | 'net' | 'change' | 'contribution'): Locator {
    return this.root.locator(`[data-driver="${aspect}"] [data-figure="${name}"]`);
  }

  /** Clicks an aspect and returns the inbox tab it opens. */
  async open(context: BrowserContext, aspect: string): Promise<Page> {
    const opening = context.waitForEvent('page');
    await this.root.locator(`[data-driver="${aspect}"] button`).click();
    const inbox = await opening;
    await inbox.setViewportSize({ width: 1280, height: 900 });
    await inbox.locator('.inbox').waitFor();
    return inbox;
  }
}

/** The aspect chips of one inbox row: [aspect id, its sentiment, the chip's text]. */
export async function rowChips(page: Page, mentionId: string): Promise<[string, string, string][]> {
  return page
    .locator(`[data-row-id="${mentionId}"] [data-aspect]`)
    .evaluateAll((chips) => chips.map((c) => [c.getAttribute('data-aspect') ?? '', c.getAttribute('data-aspect-sentiment') ?? '', c.textContent ?? ''] as [string, string, string]));
}
