import { describe, expect, it } from 'vitest';
import salesforce, { isSalesforcePage, salesforceRecordOf } from './salesforce.ts';
import { loadFixture, loadHtml } from './testing/fixture-page.ts';

const ORG = 'https://lumora.lightning.force.com';

describe('isSalesforcePage', () => {
  it.each([
    [`${ORG}/lightning/r/Contact/0035g00000JmP4rAAF/view`, true],
    [`${ORG}/lightning/r/0035g00000JmP4rAAF/view`, true],
    [`${ORG}/lightning/r/Lead/00Q5g00000LeAd1EAB/view`, true],
    [`${ORG}/lightning/r/Case/5005g00000Xy12ZAAR/view`, true],
    [`${ORG}/lightning/r/Case/5005g00000Xy12Z/view`, true],
    ['https://lumora--uat.sandbox.lightning.force.com/lightning/r/Contact/0035g00000JmP4rAAF/view', true],
    [`${ORG}/lightning/r/Account/0015g00000AcCtAAAZ/view`, false],
    [`${ORG}/lightning/r/Case/0035g00000JmP4rAAF/view`, false],
    [`${ORG}/lightning/r/Contact/0035g00000JmP4rAAF/related/Cases/view`, false],
    [`${ORG}/lightning/o/Contact/list`, false],
    ['http://lumora.lightning.force.com/lightning/r/Contact/0035g00000JmP4rAAF/view', false],
    ['https://lightning.force.com.evil.example/lightning/r/Contact/0035g00000JmP4rAAF/view', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isSalesforcePage(url)).toBe(expected));

  it('tells the object from the id prefix when the URL omits it', () => {
    expect(salesforceRecordOf(`${ORG}/lightning/r/00Q5g00000LeAd1EAB/view`)).toEqual({ object: 'Lead', id: '00Q5g00000LeAd1EAB' });
  });
});

describe('Salesforce recipe', () => {
  it('reads the contact on screen, not the one the app shell kept, nor addresses in the description or activity', () => {
    const doc = loadFixture('salesforce-contact.html');
    expect(salesforce.findPerson(doc, `${ORG}/lightning/r/Contact/0035g00000JmP4rAAF/view`)).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [{ platform: 'reddit', handle: 'jamesp_uk' }],
      crmIds: [{ system: 'salesforce', id: '0035g00000JmP4rAAF' }],
      name: 'James Porter',
    });
  });

  it('reads a case’s customer from its contact lookup and e-mail fields', () => {
    const doc = loadFixture('salesforce-case.html');
    expect(salesforce.findPerson(doc, `${ORG}/lightning/r/Case/5005g00000Xy12ZAAR/view`)).toEqual({
      emails: ['marta@example.com'],
      handles: [],
      crmIds: [{ system: 'salesforce', id: '0035g00000MaRtAAAZ' }],
      name: 'Marta Ruiz',
    });
  });

  it('reads a lead with every e-mail field, and not the text of other fields', () => {
    const doc = loadFixture('salesforce-lead.html');
    expect(salesforce.findPerson(doc, `${ORG}/lightning/r/Lead/00Q5g00000LeAd1EAB/view`)).toEqual({
      emails: ['tom.brook@example.co.uk', 'tombrook@example.net'],
      handles: [],
      crmIds: [{ system: 'salesforce', id: '00Q5g00000LeAd1EAB' }],
      name: 'Mr. Tom Brook',
    });
  });

  it('finds fields rendered inside open shadow roots (native shadow components)', () => {
    const doc = loadHtml('<!doctype html><body><div class="oneContent active"><records-highlights2></records-highlights2><section id="layout"></section></div></body>');
    doc.querySelector('records-highlights2')!.attachShadow({ mode: 'open' }).innerHTML = '<h1><lightning-formatted-name>Irene Sanz</lightning-formatted-name></h1>';
    doc.querySelector('#layout')!.attachShadow({ mode: 'open' }).innerHTML =
      '<records-record-layout-item data-target-selection-name="sfdc:RecordField.Contact.Email"><a href="mailto:irene@example.es">irene@example.es</a></records-record-layout-item>';
    expect(salesforce.findPerson(doc, `${ORG}/lightning/r/0035g00000IrEnAAAZ/view`)).toEqual({
      emails: ['irene@example.es'],
      handles: [],
      crmIds: [{ system: 'salesforce', id: '0035g00000IrEnAAAZ' }],
      name: 'Irene Sanz',
    });
  });
});
