// Page object: a CRM page and the overlay the extension puts on it. The host `data-vigia="overlay"` is in
// the page; the panel is in a closed shadow root, read through the DevTools protocol (closed-shadow.ts).
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { ClosedShadowRoot, type ShadowLocator } from './closed-shadow.ts';

const HOST = '[data-vigia="overlay"]';

export class CrmOverlay {
  /** Inside the overlay's shadow root. */
  readonly shadow: ClosedShadowRoot;

  private constructor(readonly page: Page) {
    this.shadow = new ClosedShadowRoot(page, HOST);
  }

  static async open(context: BrowserContext, url: string): Promise<CrmOverlay> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    return new CrmOverlay(page);
  }

  /** The host element, as the page sees it. */
  get host(): Locator {
    return this.page.locator(HOST);
  }

  get panel(): ShadowLocator {
    return this.shadow.locator('.vigia-overlay');
  }

  mention(id: string): ShadowLocator {
    return this.shadow.locator(`[data-mention-id="${id}"]`);
  }

  get mentions(): ShadowLocator {
    return this.shadow.locator('[data-mention-id]');
  }

  /** The ids of the mentions shown, in order. */
  async mentionIds(): Promise<string[]> {
    return (await this.mentions.allAttributes('data-mention-id')).map((id) => id ?? '');
  }

  /** Waits until the lookup has answered (mentions or the empty state). */
  async waitForReady(): Promise<void> {
    await this.shadow.locator('.vigia-overlay[data-state="ready"]').waitFor();
  }

  /** Waits until the overlay shows a known customer with this name. */
  async waitForCustomer(name: string, timeout = 30_000): Promise<void> {
    await this.shadow.locator('.vigia-overlay[data-answer="known"] .vigia-customer__name', { hasText: name }).waitFor({ timeout });
  }

  /** Waits until the overlay answered that nobody is known for sure. */
  async waitForUnknown(timeout = 30_000): Promise<void> {
    await this.shadow.locator('.vigia-overlay[data-answer="unknown"]').waitFor({ timeout });
  }

  async customerName(): Promise<string | null> {
    return this.shadow.locator('.vigia-customer__name').textContent();
  }

  /** A metric as shown (touchpoints, channel-switches, repeated-contacts, effort, first-response, resolution). */
  metric(id: string): ShadowLocator {
    return this.shadow.locator(`[data-metric="${id}"]`);
  }

  /** The ids of the timeline entries, in the order shown. */
  async timelineIds(): Promise<string[]> {
    return (await this.shadow.locator('[data-timeline-id]').allAttributes('data-timeline-id')).map((id) => id ?? '');
  }

  timelineEntry(id: string): ShadowLocator {
    return this.shadow.locator(`[data-timeline-id="${id}"]`);
  }

  candidate(platform: string, handle: string): ShadowLocator {
    return this.shadow.locator(`[data-candidate="${platform}:${handle}"]`);
  }

  async screenshot(path: string): Promise<void> {
    await this.panel.screenshot({ path });
  }
}
