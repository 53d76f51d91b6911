// Page object: the dashboard's share-of-voice panel (its charts, legends and brand table).
import type { Locator, Page } from 'playwright-core';

export class ShareOfVoicePanel {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.locator('[data-chart="share-of-voice"]');
  }

  /** Waits until the panel shows its brand table. */
  async waitForBrands(): Promise<void> {
    await this.root.locator('tr[data-brand]').first().waitFor({ timeout: 30_000 });
  }

  row(brand: string): Locator {
    return this.root.locator(`tr[data-brand="${brand}"]`);
  }

  /** The brand's share cell ("75%", "75 %" in Spanish). */
  share(brand: string): Locator {
    return this.row(brand).locator('[data-figure="share"]');
  }

  /** uPlot's legend rows of both charts: each brand's label and its figure for the whole range. */
  legends(): Locator {
    return this.root.locator('.u-legend .u-series');
  }

  /** Each chart's axis labels as drawn (kept by the chart beside its canvas): share first, then net sentiment. */
  async ticks(): Promise<{ x: string[]; y: string[] }[]> {
    return this.root.locator('.dashboard-chart').evaluateAll((els) =>
      els.map((el) => ({ x: (el.getAttribute('data-x-ticks') ?? '').split('|'), y: (el.getAttribute('data-y-ticks') ?? '').split('|') })),
    );
  }

  charts(): Locator {
    return this.root.locator('.dashboard-chart canvas');
  }
}
