import { describe, expect, it } from 'vitest';
import freshdesk, { isFreshdeskPage } from './freshdesk.ts';
import { loadFixture } from './testing/fixture-page.ts';

describe('isFreshdeskPage', () => {
  it.each([
    ['https://lumora.freshdesk.com/a/tickets/2210', true],
    ['https://lumora.freshdesk.com/a/contacts/77001234', true],
    ['https://lumora.freshdesk.com/a/tickets/filters/all_tickets', false],
    ['https://lumora.freshdesk.com/support/tickets/2210', false],
    ['https://freshdesk.com.evil.example/a/tickets/1', false],
    ['http://lumora.freshdesk.com/a/tickets/2210', false],
  ])('%s → %s', (url, expected) => expect(isFreshdeskPage(url)).toBe(expected));
});

describe('Freshdesk recipe', () => {
  it('reads the requester from the contact details widget, not the conversation’s CCs or the agent', () => {
    const doc = loadFixture('freshdesk-ticket.html');
    expect(freshdesk.findPerson(doc, 'https://lumora.freshdesk.com/a/tickets/2210')).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [{ platform: 'x', handle: 'jamesp_uk' }],
      crmIds: [{ system: 'freshdesk', id: '77001234' }],
      name: 'James Porter',
    });
  });

  it('reads a contact page’s fields, not the company or the timeline', () => {
    const doc = loadFixture('freshdesk-contact.html');
    expect(freshdesk.findPerson(doc, 'https://lumora.freshdesk.com/a/contacts/77000042')).toEqual({
      emails: ['dani.ovejero@example.es', 'daniovd@example.org'],
      handles: [{ platform: 'mastodon', handle: 'daniovd@mastodon.social' }],
      crmIds: [{ system: 'freshdesk', id: '77000042' }],
      name: 'Daniel Ovejero',
    });
  });
});
