// Issue 19: each CRM recipe finds the customer from several independent signals, so a page whose hooks or
// markup differ from the recipe's main shape (another test-id dialect, the e-mail as text or a mailto:
// link, a labelled field in English or Spanish) still names who it is about.
import { describe, expect, it } from 'vitest';
import freshdesk from './freshdesk.ts';
import genericPage from './generic-page.ts';
import hubspot from './hubspot.ts';
import intercom from './intercom.ts';
import pipedrive from './pipedrive.ts';
import salesforce from './salesforce.ts';
import { loadFixture, loadHtml } from './testing/fixture-page.ts';
import zendesk from './zendesk.ts';

describe('CRM recipes on pages shaped otherwise', () => {
  it('HubSpot: data-test-id cards and the e-mail as text, not the owner or the timeline', () => {
    expect(hubspot.findPerson(loadFixture('hubspot-contact-text.html'), 'https://app.hubspot.com/contacts/4417325/record/0-1/5102')).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [],
      crmIds: [{ system: 'hubspot', id: '5102' }],
      name: 'James Porter',
    });
  });

  it('HubSpot in Spanish: a mailto: link and "Correo electrónico" / "Usuario de Twitter" properties', () => {
    expect(hubspot.findPerson(loadFixture('hubspot-contact-es.html'), 'https://app-eu1.hubspot.com/contacts/4417325/record/0-1/5101')).toEqual({
      emails: ['marta@example.com'],
      handles: [{ platform: 'x', handle: 'marta_rz' }],
      crmIds: [{ system: 'hubspot', id: '5101' }],
      name: 'Marta Ruiz',
    });
  });

  it('Salesforce: a dynamic-forms field with no API name, read by its "Email" label and mailto: link', () => {
    const doc = loadHtml(`<body><div class="oneContent active">
      <records-highlights2><h1><lightning-formatted-name slot="primaryField">James Porter</lightning-formatted-name></h1></records-highlights2>
      <records-record-layout-item field-label="Email"><div class="slds-form-element"><span class="test-id__field-label">Email</span>
        <div class="slds-form-element__control"><span class="test-id__field-value"><lightning-formatted-email><a href="mailto:james.porter@example.co.uk">james.porter@example.co.uk</a></lightning-formatted-email></span></div></div></records-record-layout-item>
      <records-record-layout-item field-label="Description"><span class="test-id__field-label">Description</span><span>Referred by rocio@lumora.example</span></records-record-layout-item>
    </div></body>`);
    expect(salesforce.findPerson(doc, 'https://lumora.lightning.force.com/lightning/r/Contact/0035g00000JmP4rAAF/view')).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [],
      crmIds: [{ system: 'salesforce', id: '0035g00000JmP4rAAF' }],
      name: 'James Porter',
    });
  });

  it('Zendesk: the context panel in the data-testid dialect, and a user page with only labelled fields', () => {
    const ticket = loadHtml(`<body><div data-testid="ticket-workspace"><div data-testid="customer-context">
      <a data-testid="customer-context-username" href="/agent/users/90377">Marta Ruiz</a>
      <div data-testid="customer-context-user-info"><a href="/agent/users/90377">Marta Ruiz</a></div>
      <div><span>Correo electrónico</span><span>marta@example.com</span></div></div></div></body>`);
    expect(zendesk.findPerson(ticket, 'https://lumora.zendesk.com/agent/tickets/4817')).toEqual({
      emails: ['marta@example.com'],
      handles: [],
      crmIds: [{ system: 'zendesk', id: '90377' }],
      name: 'Marta Ruiz',
    });
    const user = loadHtml(`<body><div class="workspace"><h1>James Porter</h1><dl><dt>Email</dt><dd>james.porter@example.co.uk</dd><dt>Twitter</dt><dd><a href="https://x.com/jporter_ldn">@jporter_ldn</a></dd></dl></div></body>`);
    expect(zendesk.findPerson(user, 'https://lumora.zendesk.com/agent/users/90412')).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [{ platform: 'x', handle: 'jporter_ldn' }],
      crmIds: [{ system: 'zendesk', id: '90412' }],
    });
  });

  it('Freshdesk: a contact page without hooks, from its labelled e-mail and mailto: link', () => {
    const doc = loadHtml(`<body><header><span>Email</span><span>agent@lumora.example</span></header><main>
      <h2>James Porter</h2><div class="field"><label>Email</label><a href="mailto:james.porter@example.co.uk">james.porter@example.co.uk</a></div></main></body>`);
    expect(freshdesk.findPerson(doc, 'https://lumora.freshdesk.com/a/contacts/5512')).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [],
      crmIds: [{ system: 'freshdesk', id: '5512' }],
    });
  });

  it('Intercom: the conversation sidebar in the data-test-id dialect, attributes labelled in Spanish', () => {
    const doc = loadHtml(`<body><div data-test-id="conversation-details-user"><a data-test-id="user-name" href="/a/apps/lum0ra1/users/64a1f2b8c9d0e1f2a3b4c5d6">Marta Ruiz</a>
      <div data-test-id="user-attributes"><div><span>Correo</span><span>marta@example.com</span></div><div><span>Usuario de Reddit</span><span>u/marta_rz</span></div></div></div></body>`);
    expect(intercom.findPerson(doc, 'https://app.intercom.com/a/inbox/lum0ra1/inbox/conversation/18840002')).toEqual({
      emails: ['marta@example.com'],
      handles: [{ platform: 'reddit', handle: 'marta_rz' }],
      crmIds: [{ system: 'intercom', id: '64a1f2b8c9d0e1f2a3b4c5d6' }],
      name: 'Marta Ruiz',
    });
  });

  it('Pipedrive: a person page without hooks, from the sidebar’s labelled fields, not the deals', () => {
    const doc = loadHtml(`<body><h1>James Porter</h1><aside><div><span>Email</span><a href="mailto:james.porter@example.co.uk">james.porter@example.co.uk (Work)</a></div></aside>
      <main><section class="deals"><span>Email</span><span>deals@porterstudio.example</span></section></main></body>`);
    expect(pipedrive.findPerson(doc, 'https://lumora.pipedrive.com/person/4411')).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [],
      crmIds: [{ system: 'pipedrive', id: '4411' }],
      name: 'James Porter',
    });
  });

  it('any granted page: a handle field labelled with a bare username', () => {
    const doc = loadHtml('<body><main><h1>Tomás Brook</h1><table><tr><th>Instagram</th><td>tom.brk</td></tr></table></main></body>');
    expect(genericPage.findPerson(doc, 'https://crm.lumora.example/clientes/9')).toEqual({ emails: [], handles: [{ platform: 'instagram', handle: 'tom.brk' }], name: 'Tomás Brook' });
  });
});
