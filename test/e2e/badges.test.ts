// Sentiment badges on social and review pages, like a user sees them: the built extension in Chromium,
// synced with the real collector, on Reddit- and Trustpilot-shaped pages served under the sites' real hosts (resolved to 127.0.0.1).
// Collected posts show the collector's reading and take triage actions; the others are scored through
// POST /api/analyze; posts added later (infinite scroll) get badges too.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import type { ExtensionBrowser } from './pages/browser.ts';
import { OptionsPage } from './pages/options-page.ts';
import { SocialPage } from './pages/social-page.ts';
import { connectAndSync, martasRedditPost } from './pages/synced-extension.ts';
import { launchSocialBrowser, startSocialPageServer, type SocialPageServer } from './social-fixtures/social-page-server.ts';
import { SOCIAL_PAGES } from './social-fixtures/social-pages.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');

describe('social badges', () => {
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

  it('badges every post and comment of a Reddit page: collected ones from the collector, the rest analyzed', async () => {
    expect(marta, 'the demo collected Marta’s post').toBeDefined();
    const reddit = await SocialPage.open(browser.context, fixtures.urlOf(SOCIAL_PAGES.reddit));
    await reddit.waitForReady(6);
    expect(await reddit.badges.count()).toBe(6);

    // The host tells the page only the sentiment; what else the badge knows is inside its closed root.
    const martaPost = 'shreddit-post[author="marta_rz"]';
    expect(await reddit.badgeIn(martaPost).getAttribute('data-sentiment')).toBe('label' in marta.sentiment ? marta.sentiment.label : 'unscored');
    const collected = reddit.badgeContent(martaPost);
    expect(await collected.locator('.badge').getAttribute('data-source')).toBe('collected');
    expect(await collected.locator('[data-triage-status]').getAttribute('data-triage-status')).toBe(marta.triage.status);
    if (marta.moment) expect(await collected.locator('.badge').textContent()).toContain(marta.moment);
    if (marta.customerId) expect(await collected.locator('.badge__customer').textContent()).toBe('Known customer');

    const fresh = reddit.badgeIn('shreddit-post[author="nuria_vlc"]');
    expect(await reddit.badgeContent('shreddit-post[author="nuria_vlc"]').locator('.badge').getAttribute('data-source')).toBe('analyzed');
    expect(await fresh.getAttribute('data-sentiment')).toBe('negative');
    const praise = reddit.badgeIn('shreddit-comment[author="irene_sv"]');
    expect(await praise.getAttribute('data-sentiment')).toBe('positive');
    await reddit.page.screenshot({ path: resolve(RESULTS, 'badges-reddit.png') });
  });

  it('badges posts that infinite scroll adds later', async () => {
    const reddit = await SocialPage.open(browser.context, fixtures.urlOf(SOCIAL_PAGES.reddit));
    await reddit.waitForReady(6);
    await reddit.page.evaluate(() => {
      const post = document.createElement('shreddit-post');
      post.setAttribute('author', 'pepe_scroll');
      post.setAttribute('permalink', '/r/LumoraES/comments/1s9zz99/otra_vez_sin_fibra/');
      post.setAttribute('post-title', 'Otra vez sin fibra');
      post.innerHTML = '<a slot="title" href="/r/LumoraES/comments/1s9zz99/otra_vez_sin_fibra/">Otra vez sin fibra</a><div slot="text-body"><p>Lumora, servicio horrible, fatal, nunca más.</p></div>';
      document.getElementById('feed')?.append(post);
    });
    await reddit.waitForReady(7);
    expect(await reddit.badgeIn('shreddit-post[author="pepe_scroll"]').getAttribute('data-sentiment')).toBe('negative');
  });

  it('puts a badge back when the page re-renders a post without it, and drops badges of removed posts', async () => {
    const reddit = await SocialPage.open(browser.context, fixtures.urlOf(SOCIAL_PAGES.reddit));
    await reddit.waitForReady(6);
    await reddit.page.evaluate(() => {
      // A framework re-render: the post's children are replaced, the badge with them.
      const post = document.querySelector('shreddit-post[author="pablo_gz"]')!;
      post.innerHTML = post.innerHTML.replace(/<vigia-badge-slot[^>]*>.*?<\/vigia-badge-slot>|<vigia-badge[^>]*><\/vigia-badge>/, '');
      document.querySelector('shreddit-post[author="ana_mtz"]')?.remove();
    });
    await reddit.badgeIn('shreddit-post[author="pablo_gz"]').and(reddit.page.locator('[data-sentiment]')).waitFor();
    await expect.poll(() => reddit.badges.count()).toBe(5);
  });

  it('"Responded" on a collected post’s badge reaches the collector, and the badge shows it', async () => {
    const reddit = await SocialPage.open(browser.context, fixtures.urlOf(SOCIAL_PAGES.reddit));
    await reddit.waitForReady(6);
    await reddit.act('shreddit-post[author="marta_rz"]', 'Responded');
    await vi.waitFor(async () => expect((await stack.api<Mention>(`/api/mentions/${marta.id}`)).triage.status).toBe('responded'), { timeout: 15_000, interval: 200 });
    await reddit.badgeContent('shreddit-post[author="marta_rz"]').locator('[data-triage-status="responded"]').waitFor();
  });

  it('"Open journey" on a known customer’s badge opens the inbox on the mention with the customer’s journey', async () => {
    expect(marta.customerId, 'the demo CRM links Marta').toBeDefined();
    const reddit = await SocialPage.open(browser.context, fixtures.urlOf(SOCIAL_PAGES.reddit));
    await reddit.waitForReady(6);
    const opened = browser.context.waitForEvent('page');
    await reddit.act('shreddit-post[author="marta_rz"]', 'Open journey');
    const inbox = await opened;
    await inbox.waitForURL(/inbox\.html#/);
    expect(new URL(inbox.url()).hash).toBe(`#mention=${encodeURIComponent(marta.id)}&customer=${encodeURIComponent(marta.customerId!)}`);
    await inbox.locator(`[data-row-id="${marta.id}"][aria-selected="true"]`).waitFor();
    const journey = inbox.locator(`.inbox-journey[data-customer-id="${marta.customerId}"]`);
    await journey.locator('[data-entry-kind]').first().waitFor({ timeout: 15_000 });
    expect(await journey.locator('[data-entry-kind="touchpoint"]').count()).toBeGreaterThan(0);
    await inbox.setViewportSize({ width: 1280, height: 900 });
    await inbox.screenshot({ path: resolve(RESULTS, 'badge-open-journey.png') });
  });

  it('"Mute author" on a collected post’s badge hides the author’s mentions at the collector, reversibly', async () => {
    const reddit = await SocialPage.open(browser.context, fixtures.urlOf(SOCIAL_PAGES.reddit));
    await reddit.waitForReady(6);
    await reddit.act('shreddit-post[author="marta_rz"]', 'Mute author');
    await vi.waitFor(async () => expect((await stack.api<Mention>(`/api/mentions/${marta.id}`)).muted?.rule).toMatchObject({ kind: 'rule', muteKind: 'author', value: '@marta_rz' }), { timeout: 15_000, interval: 200 });
    const { mutes } = await stack.api<{ mutes: { id: string; value: string }[] }>('/api/mutes');
    await stack.api(`/api/mutes/${mutes.find((r) => r.value === '@marta_rz')!.id}`, { method: 'DELETE' });
    expect((await stack.api<Mention>(`/api/mentions/${marta.id}`)).muted).toBeUndefined();
  });

  it('badges Trustpilot reviews with their stars taken into account', async () => {
    const trustpilot = await SocialPage.open(browser.context, fixtures.urlOf(SOCIAL_PAGES.trustpilot));
    await trustpilot.waitForReady(2);
    const [bad, good] = [trustpilot.badgeIn('article:nth-of-type(1)'), trustpilot.badgeIn('article:nth-of-type(2)')];
    expect(await bad.getAttribute('data-sentiment')).toBe('negative');
    expect(await good.getAttribute('data-sentiment')).toBe('positive');
    expect(await trustpilot.badgeContent('article:nth-of-type(1)').locator('.badge').getAttribute('data-source')).toBe('analyzed');
    await trustpilot.page.screenshot({ path: resolve(RESULTS, 'badges-trustpilot.png') });
  });
});

describe('social badges in Spanish', () => {
  let stack: Stack;
  let fixtures: SocialPageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    stack = await startStack();
    fixtures = await startSocialPageServer();
    browser = await launchSocialBrowser({ lang: 'es-ES' });
    const options = await OptionsPage.open(browser.context, browser.extensionId, 'es');
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    await stack?.close();
  });

  it('speaks the browser’s language on the badge and its menu', async () => {
    const trustpilot = await SocialPage.open(browser.context, fixtures.urlOf(SOCIAL_PAGES.trustpilot));
    await trustpilot.waitForReady(2);
    const bad = trustpilot.badgeContent('article:nth-of-type(1)');
    expect(await bad.locator('.badge__sentiment').textContent()).toBe('Vigía: Negativa');
    await bad.getByRole('button', { name: 'Acciones de gestión' }).click();
    await bad.locator('[role="menuitem"]').first().waitFor();
    expect(await bad.locator('[role="menuitem"]').allTextContents()).toEqual(['Asignarme', 'Respondida', 'Resuelta', 'Ignorar', 'Silenciar autor', 'No va de nosotros', 'Marcar como Negativa', 'Marcar como Neutra', 'Marcar como Positiva', 'Abrir recorrido']);
    expect(await bad.locator('.badge__note').textContent()).toMatch(/^Aún no recogida/);
  });
});
