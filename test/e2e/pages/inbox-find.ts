// Page object: the inbox's find bar (search, sort, saved views, new arrivals) and the toolbar icon's count,
// driven by the labels the UI shows in its language.
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import { translatorFor } from '../../../extension/i18n/dictionary.ts';
import type { UiLanguage } from '../../../extension/i18n/language.ts';

type ChromeGlobal = { chrome: { action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> } } };

export class InboxFind {
  readonly t;
  constructor(
    readonly page: Page,
    readonly lang: UiLanguage,
  ) {
    this.t = translatorFor(lang);
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: this.t('find.search'), exact: true });
  }

  get sort(): Locator {
    return this.page.getByLabel(this.t('find.sort'));
  }

  get views(): Locator {
    return this.page.getByLabel(this.t('find.views'));
  }

  get summary(): Locator {
    return this.page.locator('[data-find="summary"]');
  }

  get unseenCount(): Locator {
    return this.page.locator('.inbox-find__unseen-count');
  }

  row(id: string): Locator {
    return this.page.locator(`[data-row-id="${id}"]`);
  }

  /** The response window's words on a row ("2 d 4 h over the 48 h limit"). */
  windowText(id: string): Promise<string | null> {
    return this.row(id).locator('[data-window]').textContent();
  }

  async sortBy(sort: 'priority' | 'newest' | 'oldest' | 'time-left'): Promise<void> {
    await this.sort.selectOption({ label: this.t(`find.sort.${sort}`) });
  }

  async markAllSeen(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('find.markAllSeen'), exact: true }).click();
  }

  async saveView(name: string): Promise<void> {
    await this.page.getByRole('button', { name: this.t('find.views.save'), exact: true }).click();
    await this.page.getByRole('textbox', { name: this.t('find.views.name'), exact: true }).fill(name);
    await this.page.getByRole('button', { name: this.t('find.views.confirm'), exact: true }).click();
    await this.page.locator('.inbox__notice--ok', { hasText: name }).waitFor();
  }

  async applyView(name: string): Promise<void> {
    await this.views.selectOption({ label: name });
  }
}

/** The extension's service worker. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The toolbar icon's count and colour, as Chrome holds them (chrome.action in the service worker). */
export async function toolbarBadge(context: BrowserContext): Promise<{ text: string; color: number[] }> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const { action } = (globalThis as unknown as ChromeGlobal).chrome;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}) };
  });
}
