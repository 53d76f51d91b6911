// "Correct sentiment" from a badge's menu, like a user does it on a Reddit-shaped page: the built
// extension in Chromium, synced with the real collector; the correction reaches the collector under the
// token's name, is audited, and the badge shows the person's label.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HistoryAnswer } from '../../shared/api/team.ts';
import { sentimentLabelOf, type Mention } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import type { ExtensionBrowser } from './pages/browser.ts';
import { SocialPage } from './pages/social-page.ts';
import { connectAndSync, martasRedditPost } from './pages/synced-extension.ts';
import { launchSocialBrowser, startSocialPageServer, type SocialPageServer } from './social-fixtures/social-page-server.ts';
import { SOCIAL_PAGES } from './social-fixtures/social-pages.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const POST = 'shreddit-post[author="marta_rz"]';

describe('correcting the sentiment from a badge', () => {
  let stack: Stack;
  let fixtures: SocialPageServer;
  let browser: ExtensionBrowser;
  let marta: Mention;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack();
    fixtures = await startSocialPageServer();
    browser = await launchSocialBrowser({ lang: 'en-US' });
    marta = await martasRedditPost(stack);
    await connectAndSync(browser, stack.apiUrl, stack.token, marta);
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    await stack?.close();
  });

  it('reaches the collector with who and when, and the badge shows the new label', async () => {
    const before = sentimentLabelOf(marta.sentiment);
    const label = before === 'positive' ? 'negative' : 'positive';
    const word = label === 'positive' ? 'Positive' : 'Negative';
    const reddit = await SocialPage.open(browser.context, fixtures.urlOf(SOCIAL_PAGES.reddit));
    await reddit.waitForReady(6);
    await reddit.act(POST, `Mark as ${word}`);
    await vi.waitFor(async () => {
      const mention = await stack.api<Mention>(`/api/mentions/${marta.id}`);
      expect(mention).toMatchObject({ sentiment: { label, confidence: 1 }, sentimentCorrection: { by: 'e2e', from: before } });
    }, { timeout: 15_000, interval: 200 });
    await expect.poll(() => reddit.badgeContent(POST).locator('.badge__sentiment').textContent()).toBe(`Vigía: ${word}`);
    const history = await stack.api<HistoryAnswer>(`/api/mentions/${marta.id}/history`);
    expect(history.items.at(-1)).toMatchObject({ who: 'e2e', action: 'sentiment', from: before, to: label });
    await reddit.page.screenshot({ path: resolve(RESULTS, 'team-badge-corrected.png') });
  });
});
