// Page object: the journey overlay on a CRM page (host `data-vigia="overlay"`, open shadow root, which
// Playwright's CSS locators pierce).
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class JourneyOverlay {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<JourneyOverlay> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    return new JourneyOverlay(page);
  }

  get host(): Locator {
    return this.page.locator('[data-vigia="overlay"]');
  }

  get panel(): Locator {
    return this.host.locator('.vigia-overlay');
  }

  /** Waits until the overlay shows a known customer with this name. */
  async waitForCustomer(name: string, timeout = 30_000): Promise<void> {
    await this.host.locator('.vigia-overlay[data-answer="known"] .vigia-customer__name', { hasText: name }).waitFor({ timeout });
  }

  /** Waits until the overlay answered that nobody is known for sure. */
  async waitForUnknown(timeout = 30_000): Promise<void> {
    await this.host.locator('.vigia-overlay[data-answer="unknown"]').waitFor({ timeout });
  }

  async customerName(): Promise<string | null> {
    return this.host.locator('.vigia-customer__name').textContent();
  }

  /** A metric's value as shown (touchpoints, channel-switches, repeated-contacts, effort, first-response, resolution). */
  metric(id: string): Locator {
    return this.host.locator(`[data-metric="${id}"]`);
  }

  /** The ids of the timeline entries, in the order shown. */
  async timelineIds(): Promise<string[]> {
    return this.host.locator('[data-timeline-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-timeline-id') ?? ''));
  }

  timelineEntry(id: string): Locator {
    return this.host.locator(`[data-timeline-id="${id}"]`);
  }

  candidate(platform: string, handle: string): Locator {
    return this.host.locator(`[data-candidate="${platform}:${handle}"]`);
  }

  async screenshot(path: string): Promise<void> {
    await this.panel.screenshot({ path });
  }
}
