// Page object: the extension's options page, driven by its visible labels like a user would.
import type { BrowserContext, Page } from 'playwright-core';

/** The labels the options page shows in each UI language (DESIGN.md, public interfaces). */
export const OPTIONS_LABELS = {
  en: { collectorUrl: 'Collector URL', token: 'API token', save: 'Save', testConnection: 'Test connection' },
  es: { collectorUrl: 'URL del colector', token: 'Token de la API', save: 'Guardar', testConnection: 'Probar conexión' },
} as const;

export class OptionsPage {
  private constructor(
    readonly page: Page,
    private readonly labels: (typeof OPTIONS_LABELS)[keyof typeof OPTIONS_LABELS],
  ) {}

  static async open(context: BrowserContext, extensionId: string, lang: keyof typeof OPTIONS_LABELS = 'en'): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const options = new OptionsPage(page, OPTIONS_LABELS[lang]);
    // The form is filled from storage once loaded; the buttons are enabled then.
    await page.getByRole('button', { name: options.labels.save, exact: true }).and(page.locator(':enabled')).waitFor();
    return options;
  }

  get status() {
    return this.page.getByRole('status');
  }

  async fill(collectorUrl: string, token: string): Promise<void> {
    await this.page.getByLabel(this.labels.collectorUrl, { exact: true }).fill(collectorUrl);
    await this.page.getByLabel(this.labels.token, { exact: true }).fill(token);
  }

  /** Clicks "Test connection" and returns the report once it is in. */
  async testConnection(): Promise<string> {
    const before = await this.status.textContent();
    await this.page.getByRole('button', { name: this.labels.testConnection }).click();
    await this.page.waitForFunction(
      (previous) => {
        const text = document.querySelector('[role="status"]')?.textContent ?? '';
        return text !== previous && !/Testing|Probando/.test(text) && text !== '';
      },
      before,
    );
    return (await this.status.textContent()) ?? '';
  }

  /** Clicks "Save" and waits until the page says the settings are saved. */
  async save(): Promise<string> {
    await this.page.getByRole('button', { name: this.labels.save, exact: true }).click();
    await this.page.locator('.options__notice--ok').waitFor();
    return (await this.status.textContent()) ?? '';
  }
}
