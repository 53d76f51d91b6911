// Page object: the extension's browser notifications, read and clicked through its service worker
// (headless Chromium shows no notification to click, but the extension's own event is dispatched as a
// click would).
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser.ts';

/** The extension APIs these helpers call inside the worker (the test itself runs in Node). */
interface WorkerChrome {
  notifications: { getAll(): Promise<Record<string, boolean>>; onClicked: { dispatch(id: string): void } };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
export class Notifications {
  constructor(private readonly browser: ExtensionBrowser) {}

  private async worker() {
    return this.browser.context.serviceWorkers().find((w) => w.url().includes(this.browser.extensionId)) ?? (await this.browser.context.waitForEvent('serviceworker'));
  }

  /** Ids of the notifications the extension shows now. */
  async ids(): Promise<string[]> {
    const worker = await this.worker();
    return worker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: WorkerChrome }).chrome.notifications.getAll()));
  }

  /** Waits until a notification whose id matches is shown, and returns its id. */
  async waitFor(match: (id: string) => boolean, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const id = (await this.ids()).find(match);
      if (id) return id;
      if (Date.now() > deadline) throw new Error('e2e: no such notification');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Clicks a notification as the user would, and returns the page it opened. */
  async click(id: string): Promise<Page> {
    const worker = await this.worker();
    const opened = this.browser.context.waitForEvent('page');
    await worker.evaluate((notificationId) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.notifications.onClicked.dispatch(notificationId), id);
    return opened;
  }

  /** A value the extension keeps in storage.local. */
  async stored(key: string): Promise<unknown> {
    const worker = await this.worker();
    return worker.evaluate(async (name) => (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get(name))[name], key);
  }
}
