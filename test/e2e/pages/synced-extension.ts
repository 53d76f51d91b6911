// The set-up every badge test starts from: Marta's collected Reddit post, and the extension connected to a
// collector (or a proxy in front of it) and synced until its inbox lists that post.
import type { Mention } from '../../../shared/mention.ts';
import type { Stack } from '../../support/stack.ts';
import type { ExtensionBrowser } from './browser.ts';
import { OptionsPage } from './options-page.ts';
import { PopupPage } from './popup-page.ts';

/** Marta's Reddit post in the demo data: collected, linked to her customer record. */
export async function martasRedditPost(stack: Stack): Promise<Mention> {
  const { items } = await stack.api<{ items: Mention[] }>('/api/mentions?author=marta_rz&limit=50');
  const post = items.find((m) => m.url?.includes('/comments/1r3qz6k/'));
  if (!post) throw new Error('the demo data has no Reddit post of marta_rz (/comments/1r3qz6k/)');
  return post;
}

/** Save the collector's URL and token on the options page, then wait until the popup lists `mention`. */
export async function connectAndSync(browser: ExtensionBrowser, collectorUrl: string, token: string, mention: Mention): Promise<void> {
  const options = await OptionsPage.open(browser.context, browser.extensionId);
  await options.fill(collectorUrl, token);
  await options.save();
  const popup = await PopupPage.open(browser.context, browser.extensionId);
  await popup.mention(mention.id).waitFor({ timeout: 30_000 });
  await popup.page.close();
}
