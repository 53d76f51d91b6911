// Page object: the reply and noise actions of an inbox row, and the options page's templates and mutes.
import type { Locator, Page } from 'playwright-core';

export class RowActionsPage {
  constructor(readonly page: Page) {}

  row(id: string): Locator {
    return this.page.locator(`[data-row-id="${id}"]`);
  }

  action(id: string, action: 'reply' | 'mute-author' | 'not-about-us'): Locator {
    return this.row(id).locator(`[data-action="${action}"]`);
  }

  panel(id: string): Locator {
    return this.row(id).locator('[data-reply-panel]');
  }
}

export class OptionsNoisePage {
  constructor(readonly page: Page) {}

  /** Adds a template in this browser through the options form. */
  async addTemplate(labels: { brand: string; id: string; text: string; add: string; lang: string }, template: { brand: string; id: string; lang: string; text: string }): Promise<void> {
    const section = this.page.locator('[data-template-options]');
    await section.getByLabel(labels.brand, { exact: true }).fill(template.brand);
    await section.getByLabel(labels.id, { exact: true }).fill(template.id);
    await section.getByLabel(labels.lang, { exact: true }).selectOption(template.lang);
    await section.getByLabel(labels.text, { exact: true }).fill(template.text);
    await section.getByRole('button', { name: labels.add }).click();
    await section.locator(`[data-template="${template.id}"]`).waitFor();
  }

  get noise(): Locator {
    return this.page.locator('[data-noise-options]');
  }

  mute(value: string): Locator {
    return this.noise.locator(`[data-mute="${value}"]`);
  }

  suggestion(exclusion: string): Locator {
    return this.noise.locator(`[data-suggestion="${exclusion.replace(/"/g, '\\"')}"]`);
  }

  accepted(exclusion: string): Locator {
    return this.noise.locator(`[data-exclusion="${exclusion.replace(/"/g, '\\"')}"]`);
  }
}
