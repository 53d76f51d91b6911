// Issue 19: social pages whose markup is not the one a recipe expects (saved Instagram and LinkedIn post
// pages: no article, no feed containers) still get their badge, read from the page's own metadata, and
// the badge says its sentiment once the lookup ends.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.ts';
import type { ExtensionBrowser } from './pages/browser.ts';
import { OptionsPage } from './pages/options-page.ts';
import { SocialPage } from './pages/social-page.ts';
import { launchSocialBrowser, startSocialPageServer, type SocialPageServer } from './social-fixtures/social-page-server.ts';
import { SOCIAL_PAGES } from './social-fixtures/social-pages.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const HOST = '[data-vigia="badge"]';

describe('badges on saved pages read from their metadata', () => {
  let stack: Stack;
  let pages: SocialPageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    [stack, pages, browser] = await Promise.all([startStack(), startSocialPageServer(), launchSocialBrowser({ lang: 'en-US' })]);
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
    await options.page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await stack?.close();
  });

  it.each([
    ['instagramSaved', 'negative', 'Negative', 'badge-instagram-metadata.png'],
    ['linkedinSaved', 'positive', 'Positive', 'badge-linkedin-metadata.png'],
  ] as const)('%s: one badge for the post the metadata describes, scored by the collector', async (key, sentiment, label, shot) => {
    const social = await SocialPage.open(browser.context, pages.urlOf(SOCIAL_PAGES[key]));
    await social.waitForReady(1);
    expect(await social.badges.count()).toBe(1);
    expect(await social.readyBadges.first().getAttribute('data-sentiment')).toBe(sentiment);
    const content = social.badgeContent('body');
    expect(await content.locator('.badge__sentiment').textContent()).toBe(`Vigía: ${label}`);
    expect(await content.locator('.badge').getAttribute('data-source')).toBe('analyzed');
    await social.page.screenshot({ path: resolve(RESULTS, shot) });
    await social.page.close();
  });

  it('a saved TikTok page: the video’s card and the recommended one, each with its own badge', async () => {
    const social = await SocialPage.open(browser.context, pages.urlOf(SOCIAL_PAGES.tiktokSaved));
    await social.waitForReady(2);
    expect(await social.badges.count()).toBe(2);
    expect(await social.page.locator(`[data-e2e="recommend-list-item-container"] ${HOST}`).getAttribute('data-sentiment')).toBe('negative');
    await social.page.close();
  });
});
