// Page object: the ZMOT dashboard (the side panel's page, opened in a tab of side-panel width).
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';

export class DashboardPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, width = 480): Promise<DashboardPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const dashboard = new DashboardPage(page);
    await dashboard.waitForReady();
    return dashboard;
  }

  async waitForReady(): Promise<void> {
    await this.page.locator('.dashboard[data-state="ready"]').waitFor({ timeout: 30_000 });
  }

  /** Where the figures came from: `collector` or `local`. */
  async source(): Promise<string | null> {
    return this.page.locator('[data-source]').first().getAttribute('data-source');
  }

  breakdown(name: 'platform' | 'moment' | 'stage'): Locator {
    return this.page.locator(`[data-breakdown="${name}"] .dashboard-bar`);
  }

  figure(name: string): Locator {
    return this.page.locator(`[data-figure="${name}"]`);
  }

  /** Clicks "Export CSV" and returns the file's text. */
  async exportCsv(label = 'Export CSV'): Promise<{ download: Download; text: string }> {
    const waiting = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: label }).click();
    const download = await waiting;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, text: Buffer.concat(chunks).toString('utf8') };
  }
}
