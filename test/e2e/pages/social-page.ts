// Page object: a social or review page with Vigía's badges (hosts `<vigia-badge data-vigia="badge">` with
// an open shadow root, which Playwright's CSS locators pierce).
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class SocialPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<SocialPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(url);
    return new SocialPage(page);
  }

  get badges(): Locator {
    return this.page.locator('[data-vigia="badge"]');
  }

  /** Badges whose lookup has answered. */
  get readyBadges(): Locator {
    return this.page.locator('[data-vigia="badge"][data-state="ready"]');
  }

  /** The first badge inside the post root matching `selector` (e.g. `shreddit-post[author="marta_rz"]`): its own. */
  badgeIn(selector: string): Locator {
    return this.page.locator(`${selector} [data-vigia="badge"]`).first();
  }

  /** Waits until `count` badges have answered. */
  async waitForReady(count: number): Promise<void> {
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-vigia="badge"][data-state="ready"]').length >= n, count, { timeout: 30_000 });
  }

  /** Opens a badge's menu and clicks one of its actions ("Responded", "Assign to me", "Open journey"…). */
  async act(badge: Locator, action: string): Promise<void> {
    await badge.getByRole('button', { name: /Triage actions|Acciones de gestión/ }).click();
    await badge.getByRole('menuitem', { name: action, exact: true }).click();
  }
}
