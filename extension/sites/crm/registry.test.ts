import { describe, expect, it } from 'vitest';
import { CRM_MATCHES, CRM_SITES, crmSiteFor, recipeForPage } from './registry.ts';

describe('CRM registry', () => {
  it.each([
    ['https://lumora.lightning.force.com/lightning/r/Contact/0035g00000JmP4rAAF/view', 'salesforce'],
    ['https://app.hubspot.com/contacts/4417325/record/0-1/5101', 'hubspot'],
    ['https://lumora.zendesk.com/agent/tickets/4817', 'zendesk'],
    ['https://lumora.freshdesk.com/a/tickets/2210', 'freshdesk'],
    ['https://app.intercom.com/a/inbox/lum0ra1/inbox/conversation/1', 'intercom'],
    ['https://lumora.pipedrive.com/person/4411', 'pipedrive'],
    ['http://127.0.0.1:4173/crm/contact-marta.html', 'demo-crm'],
    ['https://crm.lumora.example/clientes/7', 'generic-page'],
  ])('%s → %s', (url, id) => expect(recipeForPage(url)?.id).toBe(id));

  it('shows nothing on other pages of a declared CRM', () => {
    expect(recipeForPage('https://lumora.zendesk.com/agent/dashboard')).toBeUndefined();
    expect(recipeForPage('https://lumora.lightning.force.com/lightning/page/home')).toBeUndefined();
    expect(recipeForPage('https://lumora.pipedrive.com/deal/12')).toBeUndefined();
  });

  it('keeps the generic fallback out of the declared recipes', () => {
    expect(crmSiteFor('https://crm.lumora.example/clientes/7')).toBeUndefined();
    expect(crmSiteFor('https://lumora.zendesk.com/agent/tickets/4817')?.id).toBe('zendesk');
  });

  it('declares every product recipe’s patterns, each recipe under its own id', () => {
    expect(new Set(CRM_SITES.map((s) => s.id)).size).toBe(CRM_SITES.length);
    expect(CRM_MATCHES).toEqual(expect.arrayContaining(['https://*.lightning.force.com/*', 'https://*.zendesk.com/agent/*', 'https://*.pipedrive.com/*']));
    expect(CRM_SITES.every((site) => site.matches.every((m) => CRM_MATCHES.includes(m)))).toBe(true);
  });

  it('declares no loopback page: the demo CRM is declared by the demo build only (wxt.config.ts)', () => {
    expect(CRM_MATCHES.filter((pattern) => /\/\/(127\.|localhost|\[::1\])/.test(pattern))).toEqual([]);
    expect(CRM_MATCHES.every((pattern) => pattern.startsWith('https://'))).toBe(true);
  });
});
