// Closing the loop with the CRM, end to end in Chromium: a collector with a Zendesk helpdesk pointing at the
// local helpdesk test server; Marta complains on Mastodon, her recovery clock starts; from the inbox a ticket
// is opened (the helpdesk receives a request of the documented shape), the helpdesk's signed webhook marks it
// solved and the ticket and its touchpoint flip; her next post is a happy one and the overlay on her CRM page
// shows her recovered, with the journey report to download. Then the inbox part again in Spanish.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withLivePosts } from '../../collector/demo/live/feed-xml.ts';
import type { DemoPost } from '../../collector/demo/live/live-post.ts';
import { startHelpdeskServer, type HelpdeskServer } from '../../collector/tickets/testing/helpdesk-server.ts';
import type { CustomerJourneyView } from '../../shared/api/journey-view.ts';
import { sentimentLabelOf, type Mention } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { startCrmPageServer, type CrmPageServer } from './crm-fixtures/crm-page-server.ts';
import { CRM_HOSTS, CRM_PAGES } from './crm-fixtures/crm-pages.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { SocialPage } from './pages/social-page.ts';
import { martasRedditPost } from './pages/synced-extension.ts';
import { startSocialPageServer, type SocialPageServer } from './social-fixtures/social-page-server.ts';
import { SOCIAL_HOSTS, SOCIAL_PAGES } from './social-fixtures/social-pages.ts';
import { CrmOverlay } from './pages/crm-overlay.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { InboxTicketRow, OverlayRecovery, postHelpdeskWebhook } from './pages/ticket-loop.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const CREDS = { zendesk: { email: 'agent@lumora.test', token: 'zd-e2e-token' }, freshdesk: { apiKey: 'unused' }, hubspot: { token: 'unused' }, salesforce: { token: 'unused' } };
const WEBHOOK_SECRET = 'zd-e2e-webhook-secret';
const MINUTE = 60_000;

/** Marta's posts on Mastodon during the test, newest first (the feed serves them above the fixture's). */
const posts: DemoPost[] = [];
const martaPost = (id: string, text: string, ago: number): DemoPost => ({
  feed: 'mastodon', kind: 'story', lang: 'es', author: 'marta_rz@mastodon.social', text,
  url: `https://mastodon.social/@marta_rz/${id}`, publishedAt: new Date(Date.now() - ago).toISOString(),
});
const complaint = martaPost('117700000000000001', 'Otra semana sin fibra y nadie de #Lumora me da una solución. Fatal servicio, estoy harta.', 40 * MINUTE);
const thanks = martaPost('117700000000000002', 'Por fin vino el técnico de #Lumora y la fibra funciona perfecta. ¡Gracias por la ayuda, muy contenta!', 0);

let stack: Stack;
let helpdesk: HelpdeskServer;
let pages: CrmPageServer;
let social: SocialPageServer;

async function mentionAt(url: string): Promise<Mention> {
  let found: Mention | undefined;
  await vi.waitFor(async () => {
    found = (await stack.api<{ items: Mention[] }>('/api/mentions?limit=100')).items.find((m) => m.url === url);
    expect(found).toBeDefined();
  }, { timeout: 30_000, interval: 500 });
  return found!;
}

async function connectedBrowser(locale: string, lang: 'en' | 'es'): Promise<ExtensionBrowser> {
  // The CRM's and the social sites' hosts answer on 127.0.0.1 (their fixture servers).
  const browser = await launchExtension({ lang: locale, mapHostsToLoopback: [...CRM_HOSTS, ...SOCIAL_HOSTS], acceptTestCertificates: true });
  const options = await OptionsPage.open(browser.context, browser.extensionId, lang);
  await options.fill(stack.apiUrl, stack.token);
  await options.save();
  await options.page.close();
  return browser;
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  helpdesk = await startHelpdeskServer({ credentials: CREDS });
  // The collector reads credentials from its environment, never from the config.
  Object.assign(process.env, { VIGIA_E2E_ZD_EMAIL: CREDS.zendesk.email, VIGIA_E2E_ZD_TOKEN: CREDS.zendesk.token, VIGIA_E2E_ZD_WEBHOOK: WEBHOOK_SECRET });
  posts.push(complaint);
  [stack, pages, social] = await Promise.all([
    startStack({
      helpdesks: [{ id: 'lumora-support', vendor: 'zendesk', url: helpdesk.urlOf('zendesk'), emailEnv: 'VIGIA_E2E_ZD_EMAIL', tokenEnv: 'VIGIA_E2E_ZD_TOKEN', webhookSecretEnv: 'VIGIA_E2E_ZD_WEBHOOK', pollEvery: 'off', timeoutMs: 5000, lang: 'es' }],
      rewrite: (path, text) => (path === '/feeds/mastodon-tag.rss' ? withLivePosts(text, 'mastodon', posts) : text),
    }),
    startCrmPageServer(),
    startSocialPageServer(),
  ]);
});
afterAll(async () => {
  await stack?.close();
  await pages?.close();
  await social?.close();
  await helpdesk?.close();
});

describe('tickets and recovery, from the inbox to the CRM overlay (English)', () => {
  let browser: ExtensionBrowser;
  let complaintMention: Mention;
  let row: InboxTicketRow;
  let ticketId = '';

  beforeAll(async () => {
    complaintMention = await mentionAt(complaint.url);
    browser = await connectedBrowser('en-US', 'en');
  });
  afterAll(async () => browser?.close());

  it("shows Marta's complaint with her recovery clock running, and opens one ticket in the helpdesk from it", async () => {
    expect(complaintMention.customerId).toBeDefined();
    expect(sentimentLabelOf(complaintMention.sentiment)).toBe('negative');
    const inbox = await InboxPage.open(browser.context, browser.extensionId);
    row = new InboxTicketRow(inbox, complaintMention.id);
    await row.row.waitFor({ timeout: 30_000 });
    await expect.poll(() => row.recovery('running').textContent(), { timeout: 15_000 }).toMatch(/^Recovery: 1 day and 23 hours left$/);

    await row.createTicket();
    await row.ticketLink.waitFor({ timeout: 30_000 });
    ticketId = (await row.ticketLink.getAttribute('data-ticket-id'))!;
    expect(await row.ticketLink.textContent()).toBe(`Ticket ${ticketId} · open`);
    expect(await row.ticketLink.getAttribute('href')).toBe(`${helpdesk.urlOf('zendesk')}/agent/tickets/${ticketId}`);
    await expect.poll(() => inbox.notice.textContent()).toBe(`Ticket ${ticketId} created in lumora-support`);
    // Never twice: the button became the link, and the helpdesk got exactly one create of the documented shape,
    // its requester Marta's Zendesk id from her CRM record.
    expect(await row.createButton.count()).toBe(0);
    const creates = helpdesk.requests.filter((r) => r.method === 'POST');
    expect(creates).toHaveLength(1);
    expect(creates[0]).toMatchObject({
      vendor: 'zendesk',
      path: '/api/v2/tickets.json',
      headers: { authorization: `Basic ${Buffer.from(`${CREDS.zendesk.email}/token:${CREDS.zendesk.token}`).toString('base64')}` },
      body: { ticket: { subject: expect.any(String), comment: { body: expect.stringContaining('Otra semana sin fibra'), public: false }, external_id: expect.stringMatching(/^vigia-/), requester_id: 90377 } },
    });
    expect(helpdesk.violations).toEqual([]);
    await row.row.screenshot({ path: resolve(RESULTS, 'crm-loop-inbox-ticket-en.png') });
    await inbox.page.close();
  });

  it("flips the ticket and its touchpoint when the helpdesk's webhook says solved", async () => {
    const answer = await postHelpdeskWebhook(stack.apiUrl, 'zendesk', ticketId, 'SOLVED', WEBHOOK_SECRET);
    expect(await answer.json()).toEqual({ updated: 1 });
    const inbox = await InboxPage.open(browser.context, browser.extensionId);
    row = new InboxTicketRow(inbox, complaintMention.id);
    await row.row.locator('a[data-ticket-status="solved"]').waitFor({ timeout: 30_000 });
    expect(await row.ticketLink.textContent()).toBe(`Ticket ${ticketId} · solved`);
    const journey = await stack.api<CustomerJourneyView>(`/api/customers/${complaintMention.customerId}/journey`);
    expect(journey.timeline.find((e) => e.kind === 'touchpoint' && e.channel === 'ticket')).toMatchObject({ outcome: 'resolved' });
    await inbox.page.close();
  });

  it('shows Marta recovered on her CRM page once her next post is a happy one, and downloads her journey report', async () => {
    posts.unshift(thanks);
    const happy = await mentionAt(thanks.url);
    expect(sentimentLabelOf(happy.sentiment)).not.toBe('negative');

    const overlay = await CrmOverlay.open(browser.context, pages.urlOf(CRM_PAGES.hubspot));
    await overlay.waitForCustomer('Marta Ruiz');
    const recovery = new OverlayRecovery(overlay);
    expect(await recovery.waitForState('recovered')).toMatch(/^Recovered .+, after (\d+ minutes?|1 hour.*)$/);
    expect(await recovery.ticketLink(complaintMention.id).textContent()).toBe(`Ticket ${ticketId} · solved`);
    await overlay.screenshot(resolve(RESULTS, 'crm-loop-overlay-recovered-en.png'));

    const pdf = await recovery.downloadReport('pdf');
    expect(pdf.suggestedFilename()).toMatch(/^journey-Marta-Ruiz-\d{4}-\d\d-\d\d-en\.pdf$/);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const html = await recovery.downloadReport('html');
    expect(html.suggestedFilename()).toMatch(/^journey-Marta-Ruiz-\d{4}-\d\d-\d\d-en\.html$/);
    expect(readFileSync((await html.path())!, 'utf8')).toContain('Marta Ruiz');
    await overlay.page.close();

    const inbox = await InboxPage.open(browser.context, browser.extensionId);
    const complaintRow = new InboxTicketRow(inbox, complaintMention.id);
    await complaintRow.recovery('recovered').waitFor({ timeout: 30_000 });
    await inbox.page.screenshot({ path: resolve(RESULTS, 'crm-loop-inbox-recovered-en.png') });
    await inbox.page.close();
  });

  it("charts the brand's recovery rate and median time to recover on the dashboard", async () => {
    const dashboard = await DashboardPage.open(browser.context, browser.extensionId);
    const card = dashboard.page.locator('[data-chart="recovery"][data-state="ready"]');
    await card.waitFor({ timeout: 30_000 });
    const stats = await stack.api<{ brands: { brand: string; rate: number | null; recovered: number; lost: number }[] }>('/api/stats/recovery');
    const lumora = stats.brands.find((b) => b.recovered > 0)!;
    expect(await card.locator(`[data-recovery-brand="${lumora.brand}"]`).textContent()).toMatch(new RegExp(`^${lumora.brand}: ${Math.round(lumora.rate! * 100)} % recovered \\(${lumora.recovered} of ${lumora.recovered + lumora.lost}\\), median (\\d+ min|\\d+ h( \\d+ min)?|\\d+ d( \\d+ h)?), \\d+ running$`));
    // Two uPlot charts (rate, median), each with a legend naming the brand and its figure over the range.
    expect(await card.locator('.uplot').count()).toBe(2);
    expect(await card.locator('.u-legend').first().textContent()).toContain(lumora.brand);
    await card.screenshot({ path: resolve(RESULTS, 'crm-loop-dashboard-recovery-en.png') });
    await dashboard.page.close();
  });

  it("opens a ticket from the badge menu on Marta's Reddit post, and shows it there", async () => {
    const marta = await martasRedditPost(stack);
    const before = helpdesk.requests.filter((r) => r.method === 'POST').length;
    const reddit = await SocialPage.open(browser.context, social.urlOf(SOCIAL_PAGES.reddit));
    await reddit.waitForReady(6);
    const post = 'shreddit-post[author="marta_rz"]';
    const badge = reddit.badgeContent(post);
    await badge.locator('.badge__more').click();
    await badge.locator('[data-action="create-ticket"]').click();
    const link = badge.locator('a[data-ticket-id]');
    await link.waitFor({ timeout: 30_000 });
    expect(await link.textContent()).toMatch(/^Ticket \d+ · open$/);
    expect(helpdesk.requests.filter((r) => r.method === 'POST')).toHaveLength(before + 1);
    await vi.waitFor(async () => expect((await stack.api<Mention>(`/api/mentions/${marta.id}`)).ticket).toMatchObject({ helpdesk: 'lumora-support', status: 'open' }), { timeout: 15_000 });
    await reddit.page.screenshot({ path: resolve(RESULTS, 'crm-loop-badge-ticket-en.png') });
  });
});

describe('tickets from the inbox (Spanish)', () => {
  let browser: ExtensionBrowser;
  let inbox: InboxPage;

  beforeAll(async () => {
    browser = await connectedBrowser('es-ES', 'es');
    inbox = await InboxPage.open(browser.context, browser.extensionId);
    await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBeGreaterThan(5), { timeout: 30_000, interval: 250 });
  });
  afterAll(async () => browser?.close());

  it('says in Spanish where the ticket stands: created, or queued while the helpdesk is down', async () => {
    const recovered = new InboxTicketRow(inbox, (await mentionAt(complaint.url)).id);
    await expect.poll(() => recovered.recovery('recovered').textContent(), { timeout: 15_000 }).toMatch(/^Recuperado el .+, tras \d+ minutos?$/);
    expect(await recovered.ticketLink.textContent()).toMatch(/^Ticket n\.º \d+ · resuelto$/);

    // Two negative mentions nobody opened a ticket for, both listed here.
    const listed = new Set(await inbox.listedIds());
    const negatives = (await stack.api<{ items: Mention[] }>('/api/mentions?sentiment=negative&limit=100')).items.filter((m) => !m.ticket && listed.has(m.id));
    const [first, second] = negatives.map((m) => new InboxTicketRow(inbox, m.id));
    expect(second).toBeDefined();

    await first!.createButton.scrollIntoViewIfNeeded();
    expect(await first!.createButton.textContent()).toBe('Crear ticket');
    await first!.createTicket();
    await first!.ticketLink.waitFor({ timeout: 30_000 });
    expect(await first!.ticketLink.textContent()).toMatch(/^Ticket n\.º \d+ · abierto$/);

    helpdesk.inject('zendesk', { status: 503 }, 1);
    await second!.createTicket();
    const queued = second!.ticketState('queued');
    await queued.waitFor({ timeout: 30_000 });
    expect(await queued.textContent()).toMatch(/^Ticket en cola: la mesa de ayuda no responde, se reintentará a las .+$/);
    expect(await second!.createButton.count()).toBe(0);
    await first!.row.screenshot({ path: resolve(RESULTS, 'crm-loop-inbox-ticket-es.png') });
    await second!.row.screenshot({ path: resolve(RESULTS, 'crm-loop-inbox-queued-es.png') });
    await recovered.row.screenshot({ path: resolve(RESULTS, 'crm-loop-inbox-recovered-es.png') });
  });
});
