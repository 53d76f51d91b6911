// Finding things in the inbox end to end, in English and in Spanish: the built extension in Chromium
// against the real collector. The toolbar icon counts new arrivals; the search box agrees with the
// collector's own `q`; new arrivals stay highlighted until shown, then the count drops; "time left" puts
// the windows closing soonest first; a saved view comes back after a reload and offline; the response
// window is told in words — around the clock in English, in the config's business hours in Spanish.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { foldText } from '../../shared/text-fold.ts';
import { compileBusinessHours } from '../../shared/time/business-hours.ts';
import { businessTimeBetween } from '../../shared/time/business-time.ts';
import type { TriageSettings } from '../../collector/triage-settings.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { InboxFind, toolbarBadge } from './pages/inbox-find.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { OptionsPage } from './pages/options-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const MIN = 60_000;
const HOUR = 60 * MIN;
const RED = [198, 40, 40, 255]; // #c62828: new mentions that need a person now

/** A word with an accent from the fixture texts, typed the lazy way (no accents, upper case). */
function lazyQuery(items: Mention[]): string {
  for (const m of items) {
    const word = `${m.title ?? ''} ${m.text}`.split(/[^\p{L}]+/u).find((w) => w.length >= 5 && /[áéíóúñ]/i.test(w));
    if (word) return foldText(word).toUpperCase();
  }
  throw new Error('e2e: no accented word in the fixture mentions');
}

/** A Wednesday at 10:00 UTC at least three days back: inside Madrid's office hours whatever the season. */
function pastWednesdayMorning(now: number): number {
  const day = new Date(now - 3 * 24 * HOUR);
  day.setUTCHours(10, 0, 0, 0);
  while (day.getUTCDay() !== 3) day.setUTCDate(day.getUTCDate() - 1);
  return day.getTime();
}

/** A new post about the brand, as if just collected (a copy of a stored one with its own id and times). */
function arrival(base: Mention, id: string, over: Partial<Mention>): Mention {
  const { clusterId: _cluster, customerId: _customer, firstResponseAt: _first, priorityWhy: _why, ...rest } = base;
  const now = new Date().toISOString();
  const text = `${over.title ?? ''}. Posted for the end-to-end test of the inbox.`;
  return { ...rest, id, text, url: `${base.url ?? 'https://example.org/post'}#${id}`, collectedAt: now, priority: 0, sentiment: { score: -0.6, label: 'negative', confidence: 0.8 }, triage: { status: 'new', updatedAt: now }, ...over };
}

/**
 * The instant `span` of the run's response clock before `now`: wall time around the clock; in business hours,
 * office time (three wall hours ago at night or on a weekend used none of it, and would tie with a post from a
 * minute ago — the sort under test could not tell them apart).
 */
function clockAgo(now: number, span: number, triage: TriageSettings | undefined): number {
  if (!triage?.businessHours) return now - span;
  const hours = compileBusinessHours(triage.businessHours);
  let at = now - span;
  while (businessTimeBetween(at, now, hours) < span) at -= 5 * MIN;
  return at;
}

const RUNS: { lang: 'en' | 'es'; locale: string; triage?: TriageSettings; view: string }[] = [
  { lang: 'en', locale: 'en-US', view: 'Closing soon' },
  { lang: 'es', locale: 'es-ES', triage: { businessHours: { timezone: 'Europe/Madrid', days: 'mon-fri', from: '09:00', to: '18:00', holidays: [] } }, view: 'Por vencer' },
];

describe.each(RUNS)('inbox find and time words ($lang)', ({ lang, locale, triage, view }) => {
  let stack: Stack;
  let browser: ExtensionBrowser;
  let find: InboxFind;
  let items: Mention[];
  const shot = (name: string) => find.page.screenshot({ path: resolve(RESULTS, `inbox-find-${name}-${lang}.png`) });
  const ids = { soon: `e2e-${lang}-closing`, fresh: `e2e-${lang}-fresh`, answered: `e2e-${lang}-answered` };

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack({ ...(triage ? { triage } : {}) });
    ({ items } = await stack.api<{ items: Mention[] }>('/api/mentions?limit=500'));
    browser = await launchExtension({ lang: locale });
    const options = await OptionsPage.open(browser.context, browser.extensionId, lang);
    await options.fill(stack.apiUrl, stack.token);
    await options.page.getByLabel(lang === 'es' ? 'Tu nombre (responsable)' : 'Your name (assignee)').fill('Ana');
    await options.save();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('counts new arrivals on the toolbar icon, red for those that need a person now', async () => {
    // The collector may still be collecting the fixture feeds: compare with what it holds at each look.
    await vi.waitFor(
      async () => {
        ({ items } = await stack.api<{ items: Mention[] }>('/api/mentions?limit=500'));
        const open = items.filter((m) => m.triage.status === 'new' || m.triage.status === 'assigned');
        const now = open.filter((m) => m.urgency === 'now').length;
        expect((await toolbarBadge(browser.context)).text).toBe(String(now > 0 ? now : open.length));
      },
      { timeout: 30_000, interval: 500 },
    );
  });

  it('searches title, text and author like the collector’s q, ignoring case and accents', async () => {
    const inbox = await InboxPage.open(browser.context, browser.extensionId);
    find = new InboxFind(inbox.page, lang);
    await vi.waitFor(
      async () => {
        ({ items } = await stack.api<{ items: Mention[] }>('/api/mentions?limit=500'));
        expect((await inbox.listedIds()).length).toBe(items.length);
      },
      { timeout: 30_000, interval: 500 },
    );
    const query = lazyQuery(items);
    const answer = await stack.api<{ items: Mention[] }>(`/api/mentions?limit=500&q=${encodeURIComponent(query)}`);
    expect(answer.items.length).toBeGreaterThan(0);
    await find.search.fill(query);
    await vi.waitFor(async () => expect((await inbox.listedIds()).sort()).toEqual(answer.items.map((m) => m.id).sort()));
    await expect.poll(() => find.summary.textContent()).toBe(find.t('find.results', { count: answer.items.length, total: items.length, query }));
    await shot('search');
    await find.search.fill('zzqx no such words');
    await expect.poll(() => find.summary.textContent()).toBe(find.t('find.noResults', { query: 'zzqx no such words' }));
    await find.search.fill('');
    await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBe(items.length));
  });

  it('highlights new arrivals until they are seen, and the toolbar counts the open ones', async () => {
    await find.markAllSeen();
    await vi.waitFor(async () => expect((await toolbarBadge(browser.context)).text).toBe(''), { timeout: 15_000, interval: 250 });
    await expect.poll(() => find.page.locator('[data-unseen="true"]').count()).toBe(0);

    const now = Date.now();
    const base = items[0]!;
    const published = pastWednesdayMorning(now);
    await stack.store.insertMentions([
      arrival(base, ids.soon, { title: 'Lumora: router down again', publishedAt: new Date(clockAgo(now, 3 * HOUR, triage)).toISOString(), urgency: 'soon' }),
      arrival(base, ids.fresh, { title: 'Lumora: no connection since this morning', publishedAt: new Date(clockAgo(now, 30 * MIN, triage)).toISOString(), urgency: 'now' }),
      arrival(base, ids.answered, {
        title: 'Lumora: thanks for the quick fix',
        publishedAt: new Date(published).toISOString(),
        triage: { status: 'responded', updatedAt: new Date(published + 35 * MIN).toISOString() },
      }),
    ]);
    // Lowest priority: listed last, off screen, so still unseen.
    for (const id of Object.values(ids)) await find.row(id).waitFor({ state: 'attached', timeout: 30_000 });
    for (const id of Object.values(ids)) expect(await find.row(id).getAttribute('data-unseen')).toBe('true');
    await expect.poll(() => find.unseenCount.textContent()).toBe(find.t('find.unseen.other', { count: 3 }));
    // Two of them still wait for an answer; one needs a person now: the icon shows 1, in red.
    await vi.waitFor(async () => expect(await toolbarBadge(browser.context)).toEqual({ text: '1', color: RED }), { timeout: 15_000, interval: 250 });
  });

  it('sorts by time left: the window closing soonest first, the answered after every open and overdue one', async () => {
    await find.sortBy('time-left');
    const inbox = find.page;
    await vi.waitFor(async () => expect((await inbox.locator('[data-row-id]').evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getAttribute('data-row-id'))))).toEqual([ids.soon, ids.fresh]));
    await shot('time-left');
    const states = await inbox.locator('[data-row-id]').evaluateAll((rows) => rows.map((r) => r.querySelector('[data-window]')?.getAttribute('data-window')));
    const firstAnswered = states.indexOf('answered');
    expect(states.slice(0, 2)).toEqual(['open', 'open']);
    // Then what needs no answer at all (news, praise): no clock runs for it.
    expect(states.slice(firstAnswered).every((s) => s === 'answered' || s === 'unknown' || s === 'none')).toBe(true);
    // Shown at the top for two seconds, both count as seen: the highlight goes, and so does the icon's count.
    for (const id of [ids.soon, ids.fresh]) await find.row(id).and(find.page.locator('[data-unseen="false"]')).waitFor({ timeout: 15_000 });
    await vi.waitFor(async () => expect((await toolbarBadge(browser.context)).text).toBe(''), { timeout: 15_000, interval: 250 });
    expect(await find.row(ids.answered).getAttribute('data-unseen')).toBe('true');
  });

  it('tells the response window, the first response and ages in words', async () => {
    const overdue = items.find((m) => m.triage.status === 'new' && m.urgency !== 'none')!;
    const headline = items.find((m) => m.triage.status === 'new' && m.urgency === 'none');
    if (headline) expect(await find.windowText(headline.id)).toBe(find.t('window.none'));
    if (lang === 'en') {
      expect(await find.windowText(ids.soon)).toMatch(/^4[45] h left to answer$/);
      expect(await find.row(ids.soon).locator('[data-window]').getAttribute('title')).toMatch(/^4[45] hours left to answer$/);
      expect(await find.windowText(ids.answered)).toBe('answered in 35 min');
      expect(await find.windowText(overdue.id)).toMatch(/^\d+ d( \d+ h)? over the 48 h limit$/);
      expect(await find.row(overdue.id).locator('.vigia-mention__age').textContent()).toMatch(/^\d+ (days?|weeks?|months?|years?) ago$/);
    } else {
      // Counted in Madrid's office hours: it was published three office hours ago.
      expect(await find.windowText(ids.soon)).toMatch(/^quedan 4[45] h para responder \(horario laboral\)$/);
      expect(await find.windowText(ids.answered)).toBe('respondida en 35 min (horario laboral)');
      expect(await find.windowText(overdue.id)).toMatch(/^\d+ h por encima del límite de 48 h \(horario laboral\)$/);
      expect(await find.row(overdue.id).locator('.vigia-mention__age').textContent()).toMatch(/^hace \d+ (días?|semanas?|mes(es)?|años?)$/);
    }
    await find.row(ids.answered).scrollIntoViewIfNeeded();
    await shot('time-words');
  });

  it('saves a view (filters, search and sort) for this user and reopens it after a reload and offline', async () => {
    const sentiment = find.page.getByRole('combobox', { name: find.t('inbox.filter.sentiment'), exact: true });
    await sentiment.selectOption({ label: find.t('sentiment.negative') });
    await find.search.fill('lumora');
    await find.saveView(view);
    const shown = await find.page.locator('[data-row-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
    expect(shown.slice(0, 2)).toEqual([ids.soon, ids.fresh]);

    await find.sortBy('newest');
    await find.search.fill('');
    await sentiment.selectOption({ label: find.t('inbox.any') });
    await find.page.reload();
    await find.page.locator('.inbox').waitFor();
    await find.applyView(view);
    await expect.poll(() => find.sort.inputValue()).toBe('time-left');
    expect(await find.search.inputValue()).toBe('lumora');
    expect(await sentiment.inputValue()).toBe('negative');
    await vi.waitFor(async () => expect(await find.page.locator('[data-row-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')))).toEqual(shown));

    // Offline: a fresh inbox page with the collector gone still searches, applies the view and tells time.
    await stack.stopApi();
    const offline = new InboxFind((await InboxPage.open(browser.context, browser.extensionId)).page, lang);
    await offline.views.locator('option', { hasText: view }).waitFor({ state: 'attached' });
    await offline.applyView(view);
    await vi.waitFor(async () => expect(await offline.page.locator('[data-row-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')))).toEqual(shown));
    expect(await offline.windowText(ids.answered)).toBe(lang === 'en' ? 'answered in 35 min' : 'respondida en 35 min (horario laboral)');
    find = offline;
    await shot('offline-view');
  });
});
