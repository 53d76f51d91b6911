import { describe, expect, it } from 'vitest';
import zendesk, { isZendeskPage } from './zendesk.ts';
import { loadFixture } from './testing/fixture-page.ts';

describe('isZendeskPage', () => {
  it.each([
    ['https://lumora.zendesk.com/agent/tickets/4817', true],
    ['https://lumora.zendesk.com/agent/users/90377', true],
    ['https://lumora.zendesk.com/agent/users/90377/requested_tickets', true],
    ['https://lumora.zendesk.com/agent/dashboard', false],
    ['https://lumora.zendesk.com/agent/filters/360001', false],
    ['https://lumora.zendesk.com/hc/en-us/requests/4817', false],
    ['https://zendesk.com.evil.example/agent/tickets/1', false],
    ['http://lumora.zendesk.com/agent/tickets/4817', false],
  ])('%s → %s', (url, expected) => expect(isZendeskPage(url)).toBe(expected));
});

describe('Zendesk recipe', () => {
  it('reads the requester of the ticket on screen, not the hidden tab, the CCs or the agent', () => {
    const doc = loadFixture('zendesk-ticket.html');
    expect(zendesk.findPerson(doc, 'https://lumora.zendesk.com/agent/tickets/4817')).toEqual({
      emails: ['marta@example.com'],
      handles: [{ platform: 'x', handle: 'marta_rz' }],
      crmIds: [{ system: 'zendesk', id: '90377' }],
      name: 'Marta Ruiz',
    });
  });

  it('reads a user profile’s identities', () => {
    const doc = loadFixture('zendesk-user.html');
    expect(zendesk.findPerson(doc, 'https://lumora.zendesk.com/agent/users/90412/requested_tickets')).toEqual({
      emails: ['james.porter@example.co.uk', 'jp.home@example.net'],
      handles: [],
      crmIds: [{ system: 'zendesk', id: '90412' }],
      name: 'James Porter',
    });
  });
});
