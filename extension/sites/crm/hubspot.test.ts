import { describe, expect, it } from 'vitest';
import hubspot, { hubspotRecordOf, isHubspotPage } from './hubspot.ts';
import { loadFixture, loadHtml } from './testing/fixture-page.ts';

describe('isHubspotPage', () => {
  it.each([
    ['https://app.hubspot.com/contacts/4417325/record/0-1/5101', true],
    ['https://app.hubspot.com/contacts/4417325/record/0-1/5101/', true],
    ['https://app-eu1.hubspot.com/contacts/4417325/record/0-5/7702', true],
    ['https://app.hubspot.com/contacts/4417325/contact/5101', true],
    ['https://app.hubspot.com/contacts/4417325/ticket/7702', true],
    ['https://app.hubspot.com/contacts/4417325/record/0-2/88101', false],
    ['https://app.hubspot.com/contacts/4417325/objects/0-1/views/all/list', false],
    ['https://www.hubspot.com/contacts/4417325/record/0-1/5101', false],
    ['http://app.hubspot.com/contacts/4417325/record/0-1/5101', false],
  ])('%s → %s', (url, expected) => expect(isHubspotPage(url)).toBe(expected));

  it('tells tickets from contacts in old and new URLs', () => {
    expect(hubspotRecordOf('https://app.hubspot.com/contacts/1/ticket/7')).toEqual({ object: 'ticket', portalId: '1', id: '7' });
    expect(hubspotRecordOf('https://app.hubspot.com/contacts/1/record/0-1/9')).toEqual({ object: 'contact', portalId: '1', id: '9' });
  });
});

describe('HubSpot recipe', () => {
  it('reads a contact from the highlight card and the property inputs, not the owner, timeline or company', () => {
    const doc = loadFixture('hubspot-contact.html');
    expect(hubspot.findPerson(doc, 'https://app.hubspot.com/contacts/4417325/record/0-1/5101')).toEqual({
      emails: ['marta@example.com'],
      handles: [{ platform: 'reddit', handle: 'marta_rz' }],
      crmIds: [{ system: 'hubspot', id: '5101' }],
      name: 'Marta Ruiz',
    });
  });

  it('reads a ticket’s first associated contact', () => {
    const doc = loadFixture('hubspot-ticket.html');
    expect(hubspot.findPerson(doc, 'https://app.hubspot.com/contacts/4417325/record/0-5/7702')).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [],
      crmIds: [{ system: 'hubspot', id: '5102' }],
      name: 'James Porter',
    });
  });

  it('reads the Twitter username property as an X handle', () => {
    const doc = loadHtml(
      '<body><section data-selenium-test="about-this-contact-card"><input data-selenium-test="property-input-twitterhandle" value="@Tom_Brk"></section></body>',
    );
    expect(hubspot.findPerson(doc, 'https://app.hubspot.com/contacts/1/record/0-1/9')).toEqual({
      emails: [],
      handles: [{ platform: 'x', handle: 'tom_brk' }],
      crmIds: [{ system: 'hubspot', id: '9' }],
    });
  });

  it('still has the contact id from the URL while the record is loading', () => {
    const doc = loadHtml('<body><div class="loading-spinner"></div></body>');
    expect(hubspot.findPerson(doc, 'https://app.hubspot.com/contacts/1/record/0-1/9')).toEqual({ emails: [], handles: [], crmIds: [{ system: 'hubspot', id: '9' }] });
  });
});
