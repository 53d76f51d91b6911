// The team end to end: the built extension in Chromium against the real collector, its token Ana's (made
// by `vigia user add`). In English and in Spanish: assign to a teammate from the picker that lists the
// team, add a note and a tag, correct the sentiment, read the history; the "assigned to me" view; and a
// correction made offline that a colleague's later one beats, refused with a 409 the panel explains.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addUserCommand } from '../../collector/commands/user.ts';
import type { HistoryAnswer } from '../../shared/api/team.ts';
import { sentimentLabelOf, type Mention, type SentimentLabel } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { TEAM_LABELS, TeamPanel } from './pages/team-panel.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const other = (label: SentimentLabel | undefined): SentimentLabel => (label === 'negative' ? 'positive' : 'negative');

/** What the panel says when an edit waits, and when the collector refused it as stale (409). */
const TEXTS = {
  en: { waiting: /will be sent when the collector answers/, conflict: /Someone changed this first \(409\).*the later correction stays/ },
  es: { waiting: /se enviará cuando el colector responda/, conflict: /Alguien lo cambió antes \(409\).*the later correction stays/ },
};

let stack: Stack;
let anaToken: string;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  stack = await startStack();
  anaToken = await addUserCommand(stack.store, 'Ana', { email: 'ana@example.com' }, () => undefined);
  await addUserCommand(stack.store, 'Bea', {}, () => undefined);
});
afterAll(async () => stack?.close());

/** GET as Ana, whose token the extension holds. */
const asAna = async <T>(path: string): Promise<T> => (await fetch(`${stack.apiUrl}${path}`, { headers: { authorization: `Bearer ${anaToken}` } })).json() as Promise<T>;

describe.each([
  { lang: 'en' as const, locale: 'en-US', note: 'Called the customer, waiting for the engineer', tag: 'Billing issue', stored: 'billing-issue', row: 0 },
  { lang: 'es' as const, locale: 'es-ES', note: 'Llamé al cliente, espera al técnico', tag: 'Facturación', stored: 'facturación', row: 0 },
])('team panel ($lang)', ({ lang, locale, note, tag, stored, row }) => {
  const texts = TEXTS[lang];
  let browser: ExtensionBrowser;
  let inbox: InboxPage;
  let team: TeamPanel;
  let id: string;

  beforeAll(async () => {
    browser = await launchExtension({ lang: locale });
    const options = await OptionsPage.open(browser.context, browser.extensionId, lang);
    await options.fill(stack.apiUrl, anaToken);
    await options.save();
    inbox = await InboxPage.open(browser.context, browser.extensionId);
    await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBeGreaterThan(2), { timeout: 30_000, interval: 250 });
    // A mention nobody has touched yet (the other language's run changed one, and its priority with it).
    const listed = await inbox.listedIds();
    const untouched: string[] = [];
    for (const x of listed.slice(0, 12)) if ((await asAna<HistoryAnswer>(`/api/mentions/${x}/history`)).items.length === 0) untouched.push(x);
    id = untouched[row]!;
    await inbox.mention(id).click({ position: { x: 5, y: 5 } });
    team = new TeamPanel(inbox.page, TEAM_LABELS[lang]);
    await team.waitFor(id, 'Bea');
  });
  afterAll(async () => browser?.close());

  it('assigns to a teammate, adds a note and a tag, corrects the sentiment, and shows it all in the history', async () => {
    await team.assign('Bea');
    await vi.waitFor(async () => expect((await asAna<Mention>(`/api/mentions/${id}`)).triage.assignee).toBe('Bea'), { timeout: 15_000 });

    await team.addNote(note);
    await team.note(note, false).waitFor({ timeout: 15_000 });
    await team.addTag(tag);
    await team.tag(stored).waitFor();
    const before = sentimentLabelOf((await asAna<Mention>(`/api/mentions/${id}`)).sentiment);
    await team.correct(other(before));
    await vi.waitFor(async () => {
      const mention = await asAna<Mention>(`/api/mentions/${id}`);
      expect(mention).toMatchObject({ notes: [{ author: 'Ana', text: note }], tags: [stored], sentiment: { label: other(before), confidence: 1 }, sentimentCorrection: { by: 'Ana' } });
    }, { timeout: 15_000 });

    const history = await team.showHistory();
    // "status" too when assigning moved it from new to assigned.
    await expect.poll(async () => (await history.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-action')))).filter((a) => a !== 'status')).toEqual(['assignee', 'note-added', 'tags', 'sentiment']);
    expect(await history.textContent()).toContain('Ana');
    expect(await history.textContent()).toContain(note);
    const trail = await asAna<HistoryAnswer>(`/api/mentions/${id}/history`);
    expect(trail.items.filter((e) => e.action !== 'status').map((e) => [e.who, e.action])).toEqual([['Ana', 'assignee'], ['Ana', 'note-added'], ['Ana', 'tags'], ['Ana', 'sentiment']]);
    await inbox.page.screenshot({ path: resolve(RESULTS, `team-panel-${lang}.png`) });
    await team.root.screenshot({ path: resolve(RESULTS, `team-panel-only-${lang}.png`) });
  });

  it('shows only what is assigned to me in the "assigned to me" view', async () => {
    const ids = await inbox.listedIds();
    const mine = ids.filter((x) => x !== id).slice(0, 2);
    for (const m of mine) await stack.api(`/api/mentions/${m}/triage`, { method: 'PATCH', body: { assignee: 'Ana' } });
    await inbox.page.locator('.team-bar__mine').click();
    await vi.waitFor(async () => expect((await inbox.listedIds()).sort()).toEqual(mine.sort()), { timeout: 15_000 });
    await inbox.page.screenshot({ path: resolve(RESULTS, `team-assigned-to-me-${lang}.png`) });
    await inbox.page.locator('.team-bar__mine').click();
    for (const m of mine) await stack.api(`/api/mentions/${m}/triage`, { method: 'PATCH', body: { assignee: null } });
  });

  it('queues a correction while the collector is down; a colleague’s later one wins and the panel says 409', async () => {
    let target = '';
    for (const x of await inbox.listedIds()) if (x !== id && (await asAna<HistoryAnswer>(`/api/mentions/${x}/history`)).items.length === 0) target ||= x;
    await inbox.mention(target).click({ position: { x: 5, y: 5 } });
    await team.waitFor(target, 'Bea');
    const label = sentimentLabelOf((await asAna<Mention>(`/api/mentions/${target}`)).sentiment);
    await stack.stopApi();
    await team.correct(other(label));
    await team.root.locator('.team-pending').first().waitFor();
    await expect.poll(() => team.notice.textContent()).toMatch(texts.waiting);
    await inbox.page.screenshot({ path: resolve(RESULTS, `team-offline-${lang}.png`) });
    // Bea corrects the same mention on the collector after Ana's offline edit.
    const third = (['negative', 'neutral', 'positive'] as const).find((l) => l !== label && l !== other(label))!;
    await stack.store.team.correctSentiment(target, { label: third }, { by: 'Bea', at: new Date(Date.now() + 1000).toISOString() });
    await stack.startApi();
    await team.refusals.first().waitFor({ timeout: 60_000 });
    expect(await team.refusals.first().textContent()).toMatch(texts.conflict);
    expect((await asAna<Mention>(`/api/mentions/${target}`)).sentimentCorrection?.by).toBe('Bea');
    await inbox.page.screenshot({ path: resolve(RESULTS, `team-refused-409-${lang}.png`) });
    await team.refusals.first().getByRole('button', { name: TEAM_LABELS[lang].dismiss }).click();
    await expect.poll(() => team.refusals.count()).toBe(0);
  });
});
