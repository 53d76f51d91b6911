// Issue 9, "done means": for each CRM recipe, the built extension in Chromium opens the product's page
// (served on 127.0.0.1 under the product's real host and path) while the collector holds that customer's
// journey, and the overlay shows the customer, the current journey's metrics and the timeline.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerJourneyView, CustomerLookupResult } from '../../shared/customer/customer-journey-view.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchCrmBrowser } from './crm-fixtures/crm-browser.ts';
import { startCrmPageServer, type CrmPageServer } from './crm-fixtures/crm-page-server.ts';
import { CRM_PAGES } from './crm-fixtures/crm-pages.ts';
import type { ExtensionBrowser } from './pages/browser.ts';
import { CrmOverlay } from './pages/crm-overlay.ts';
import { OptionsPage } from './pages/options-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const RECIPES = ['salesforce', 'hubspot', 'zendesk', 'freshdesk', 'intercom', 'pipedrive'] as const;

describe('CRM recipes: the customer’s journey over each product’s page', () => {
  let stack: Stack;
  let pages: CrmPageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    [stack, pages, browser] = await Promise.all([startStack(), startCrmPageServer(), launchCrmBrowser()]);
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

  it.each(RECIPES)('%s', async (key) => {
    const page = CRM_PAGES[key];
    const { customer } = await stack.api<CustomerLookupResult>(`/api/customers/lookup?email=${encodeURIComponent(page.customerEmail)}`);
    expect(customer, `the demo stack holds ${page.name}`).not.toBeNull();
    const view = await stack.api<CustomerJourneyView>(`/api/customers/${customer!.id}/journey`);
    const current = view.journeys.find((j) => j.id === view.currentJourneyId) ?? view.journeys[0]!;

    const overlay = await CrmOverlay.open(browser.context, pages.urlOf(page));
    await overlay.waitForCustomer(page.name);

    const risk = overlay.shadow.locator('[data-churn-risk]');
    expect(await risk.getAttribute('data-churn-risk')).toBe(String(view.risk.churnRisk));
    expect(await risk.getAttribute('data-bad-experiences')).toBe(String(view.risk.badExperiences));
    expect(await overlay.shadow.locator('.vigia-customer__identities').textContent()).toContain(page.customerEmail);
    expect(await overlay.shadow.locator('.vigia-journey').getAttribute('data-journey-id')).toBe(current.id);
    const value = (id: string) => overlay.metric(id).locator('dd').textContent();
    expect(await value('touchpoints')).toBe(String(current.metrics.touchpoints));
    expect(await value('channel-switches')).toBe(String(current.metrics.channelSwitches));
    expect(await value('repeated-contacts')).toBe(String(current.metrics.repeatedContacts));
    // Effort grows with the hours an open journey has been open: the two readings are seconds apart.
    expect(Number((await value('effort'))?.split('/')[0])).toBeCloseTo(current.metrics.effort, -0.5);
    expect(await overlay.metric('first-response').getAttribute('data-immediacy')).toBe(current.metrics.firstResponse.immediacy);
    expect(await overlay.metric('resolution').getAttribute('data-resolved')).toBe(String(current.metrics.resolution.resolved));
    expect(await overlay.timelineIds()).toEqual(view.timeline.slice(0, 50).map((entry) => entry.id));
    const firstMention = view.timeline.find((entry) => entry.kind === 'mention');
    if (firstMention) {
      const entry = overlay.timelineEntry(firstMention.id);
      expect(await entry.getAttribute('data-mention-id')).toBe(firstMention.id);
      expect(await entry.locator('.vigia-timeline__link').getAttribute('href')).toBe(firstMention.url);
    }
    await overlay.screenshot(resolve(RESULTS, `crm-${key}.png`));
    await overlay.page.close();
  });
});
