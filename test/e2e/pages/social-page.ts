// Page object: a social or review page with Vigía's badges. The hosts `<vigia-badge data-vigia="badge">`
// are in the page and say only `data-sentiment` once their lookup ended; each badge's content is in a
// closed shadow root, read and clicked through the DevTools protocol (closed-shadow.ts) as a user would.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { ClosedShadowRoot } from './closed-shadow.ts';

const HOST = '[data-vigia="badge"]';

export class SocialPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<SocialPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(url);
    return new SocialPage(page);
  }

  get badges(): Locator {
    return this.page.locator(HOST);
  }

  /** Badges whose lookup has ended (they then carry `data-sentiment`). */
  get readyBadges(): Locator {
    return this.page.locator(`${HOST}[data-sentiment]`);
  }

  /** The host of the first badge inside the post root matching `selector` (e.g. `shreddit-post[author="marta_rz"]`): its own. */
  badgeIn(selector: string): Locator {
    return this.page.locator(`${selector} ${HOST}`).first();
  }

  /** Inside that badge's closed root (`.badge[data-source]`, its menu…), as the user sees it. */
  badgeContent(selector: string): ClosedShadowRoot {
    return new ClosedShadowRoot(this.page, `${selector} ${HOST}`);
  }

  /** Waits until `count` badges have answered. */
  async waitForReady(count: number): Promise<void> {
    await this.page.waitForFunction(([host, n]) => document.querySelectorAll(`${host}[data-sentiment]`).length >= n, [HOST, count] as const, { timeout: 30_000 });
  }

  /**
   * Opens the menu of the badge in the post matching `selector` and clicks one of its actions
   * ("Responded", "Assign to me", "Open journey"…), with real mouse clicks.
   */
  async act(selector: string, action: string): Promise<void> {
    const badge = this.badgeContent(selector);
    const item = badge.locator('[role="menuitem"]', { hasText: action });
    if ((await item.count()) === 0) await badge.locator('.badge__more').click();
    await item.click();
  }
}
