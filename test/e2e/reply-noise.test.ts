// Replies and noise control end to end, in English and Spanish: the built extension in Chromium against the
// real collector. A template written on the options page fills a reply that "Reply" copies (the clipboard is
// read back) while opening the post, and the mention becomes responded with its first response time;
// muting an author hides their mentions and unmuting brings them back; "not about us" hides a mention and
// its exclusion suggestion is accepted on the options page.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NoiseAnswer } from '../../shared/api/noise.ts';
import type { Mention } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { OptionsNoisePage, RowActionsPage } from './pages/reply-noise.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');

const LANGUAGES = [
  {
    locale: 'en-US', lang: 'en' as const, name: 'Your name (assignee)',
    labels: { brand: 'Brand', id: 'Name', lang: 'Language', text: 'Text', add: 'Add template' },
    template: 'Hi {author}, sorry about this. We are on it: {link} — {agent}',
    copy: 'Copy and open the post', copied: /Reply copied/, unmute: 'Unmute', accept: 'Accept', suggested: /Suggested exclusion for Lumora/,
  },
  {
    locale: 'es-ES', lang: 'es' as const, name: 'Tu nombre (responsable)',
    labels: { brand: 'Marca', id: 'Nombre', lang: 'Idioma', text: 'Texto', add: 'Añadir plantilla' },
    template: 'Hola {author}, sentimos lo ocurrido. Lo miramos: {link} — {agent}',
    copy: 'Copiar y abrir la publicación', copied: /Respuesta copiada/, unmute: 'Dejar de silenciar', accept: 'Aceptar', suggested: /Exclusión sugerida para Lumora/,
  },
];

describe.each(LANGUAGES)('replies and noise control ($locale)', (L) => {
  let stack: Stack;
  let browser: ExtensionBrowser;
  let options: OptionsPage;
  let inbox: InboxPage;
  let rows: RowActionsPage;
  let items: Mention[];
  const shot = (page: { screenshot(o: { path: string; fullPage?: boolean }): Promise<unknown> }, name: string) => page.screenshot({ path: resolve(RESULTS, `reply-noise-${L.lang}-${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack({ every: '1h' });
    browser = await launchExtension({ lang: L.locale });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    options = await OptionsPage.open(browser.context, browser.extensionId, L.lang);
    await options.fill(stack.apiUrl, stack.token);
    await options.page.getByLabel(L.name).fill('Ana');
    await options.save();
    items = (await stack.api<{ items: Mention[] }>('/api/mentions?limit=500')).items;
    inbox = await InboxPage.open(browser.context, browser.extensionId);
    rows = new RowActionsPage(inbox.page);
    await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBe(items.length), { timeout: 60_000, interval: 250 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('replies with a template: the filled text is copied, the post opens, and the mention is responded with its first response time', async () => {
    await new OptionsNoisePage(options.page).addTemplate(L.labels, { brand: 'Lumora', id: 'sorry', lang: L.lang, text: L.template });
    await shot(options.page, 'templates');
    const target = items.find((m) => m.triage.status === 'new' && m.author.name && m.url?.startsWith('http'))!;
    await inbox.page.reload();
    await rows.row(target.id).waitFor();
    await rows.action(target.id, 'reply').click();
    const panel = rows.panel(target.id);
    const text = panel.locator('[data-reply-text]');
    const expected = L.template.replace('{author}', target.author.name!).replace('{link}', target.url!).replace('{agent}', 'Ana');
    await expect.poll(() => text.inputValue()).toBe(expected);
    await rows.row(target.id).screenshot({ path: resolve(RESULTS, `reply-noise-${L.lang}-reply-panel.png`) });

    // The post is answered on 127.0.0.1's behalf: no request leaves the machine.
    await browser.context.route(target.url!, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>the post</p>' }));
    const opened = browser.context.waitForEvent('page');
    await panel.getByRole('button', { name: L.copy }).click();
    const post = await opened;
    await post.waitForURL(target.url!);
    await post.close();
    expect(await inbox.page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => inbox.notice.textContent()).toMatch(L.copied);
    await vi.waitFor(async () => {
      const stored = await stack.api<Mention>(`/api/mentions/${target.id}`);
      expect(stored.triage.status).toBe('responded');
      expect(Date.parse(stored.firstResponseAt ?? '')).toBeGreaterThan(Date.now() - 120_000);
    }, { timeout: 30_000, interval: 250 });
    await expect.poll(() => panel.locator('[data-first-response]').count(), { timeout: 30_000 }).toBe(1);
    await rows.row(target.id).screenshot({ path: resolve(RESULTS, `reply-noise-${L.lang}-replied.png`) });
  });

  it('mutes an author: their mentions vanish from the inbox, and unmuting on the options page brings them back', async () => {
    const counts = new Map<string, Mention[]>();
    for (const m of items) if (m.author.handle) counts.set(m.author.handle, [...(counts.get(m.author.handle) ?? []), m]);
    const [handle, theirs] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    const ids = theirs.map((m) => m.id);
    await rows.action(ids[0]!, 'mute-author').click();
    await vi.waitFor(async () => expect((await inbox.listedIds()).filter((id) => ids.includes(id))).toEqual([]), { timeout: 30_000, interval: 250 });
    expect((await stack.api<Mention>(`/api/mentions/${ids[0]}`)).muted?.rule).toMatchObject({ kind: 'rule', muteKind: 'author', value: `@${handle}` });
    expect((await inbox.listedIds()).length).toBe(items.length - ids.length);
    await inbox.page.screenshot({ path: resolve(RESULTS, `reply-noise-${L.lang}-muted.png`) });

    await options.page.reload();
    const noise = new OptionsNoisePage(options.page);
    await noise.mute(`@${handle}`).waitFor();
    await shot(options.page, 'mutes');
    await noise.mute(`@${handle}`).getByRole('button', { name: L.unmute }).click();
    await noise.mute(`@${handle}`).waitFor({ state: 'detached' });
    await vi.waitFor(async () => expect((await inbox.listedIds()).filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort()), { timeout: 30_000, interval: 250 });
    expect((await stack.api<Mention>(`/api/mentions/${ids[0]}`)).muted).toBeUndefined();
  });

  it('"not about us" hides a mention and learns an exclusion, which is accepted on the options page', async () => {
    const listed = await inbox.listedIds();
    const target = items.find((m) => listed.includes(m.id) && m.triage.status === 'new' && m.matches.some((b) => b.brand === 'Lumora'))!;
    await rows.action(target.id, 'not-about-us').click();
    await expect.poll(() => inbox.notice.textContent(), { timeout: 30_000 }).toMatch(L.suggested);
    await vi.waitFor(async () => expect(await inbox.listedIds()).not.toContain(target.id), { timeout: 30_000, interval: 250 });
    await inbox.page.screenshot({ path: resolve(RESULTS, `reply-noise-${L.lang}-not-about-us.png`) });
    const { suggestions } = await stack.api<NoiseAnswer>('/api/mutes');
    const suggestion = suggestions.find((s) => s.mentionIds.includes(target.id))!;
    expect(suggestion.brand).toBe('Lumora');

    await options.page.reload();
    const noise = new OptionsNoisePage(options.page);
    await noise.suggestion(suggestion.exclusion).waitFor();
    await shot(options.page, 'suggestion');
    await noise.suggestion(suggestion.exclusion).getByRole('button', { name: L.accept }).click();
    await noise.accepted(suggestion.exclusion).waitFor();
    await shot(options.page, 'accepted');
    const after = await stack.api<NoiseAnswer>('/api/mutes');
    expect(after.exclusions.map((e) => [e.brand, e.exclusion, e.by])).toEqual([['Lumora', suggestion.exclusion, 'e2e']]);
    expect(after.suggestions.some((s) => s.exclusion === suggestion.exclusion)).toBe(false);
  });
});
