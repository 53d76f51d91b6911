// The CRM pages the e2e tests open: real product URLs (their hosts mapped to 127.0.0.1 in Chromium),
// served from the recipes' saved pages (extension/sites/crm/testdata) and a few e2e-only pages.
import { join, resolve } from 'node:path';

const TESTDATA = resolve(import.meta.dirname, '../../../extension/sites/crm/testdata');
const PAGES = resolve(import.meta.dirname, 'pages');

/** One page of a CRM product, and who it shows. */
export interface CrmPage {
  /** The recipe that must claim it. */
  recipe: string;
  host: string;
  path: string;
  file: string;
  /** The demo customer's e-mail (the collector holds their journey), or undefined for an unknown one. */
  customerEmail?: string;
  /** The name the overlay shows. */
  name: string;
}

export const CRM_PAGES = {
  salesforce: { recipe: 'salesforce', host: 'lumora.lightning.force.com', path: '/lightning/r/Contact/0035g00000JmP4rAAF/view', file: join(TESTDATA, 'salesforce-contact.html'), customerEmail: 'james.porter@example.co.uk', name: 'James Porter' },
  hubspot: { recipe: 'hubspot', host: 'app.hubspot.com', path: '/contacts/4417325/record/0-1/5101', file: join(TESTDATA, 'hubspot-contact.html'), customerEmail: 'marta@example.com', name: 'Marta Ruiz' },
  zendesk: { recipe: 'zendesk', host: 'lumora.zendesk.com', path: '/agent/tickets/4817', file: join(TESTDATA, 'zendesk-ticket.html'), customerEmail: 'marta@example.com', name: 'Marta Ruiz' },
  freshdesk: { recipe: 'freshdesk', host: 'lumora.freshdesk.com', path: '/a/tickets/2210', file: join(TESTDATA, 'freshdesk-ticket.html'), customerEmail: 'james.porter@example.co.uk', name: 'James Porter' },
  intercom: { recipe: 'intercom', host: 'app.intercom.com', path: '/a/inbox/lum0ra1/inbox/shared/all/conversation/18840002', file: join(TESTDATA, 'intercom-conversation.html'), customerEmail: 'marta@example.com', name: 'Marta Ruiz' },
  pipedrive: { recipe: 'pipedrive', host: 'lumora.pipedrive.com', path: '/person/4411', file: join(TESTDATA, 'pipedrive-person.html'), customerEmail: 'james.porter@example.co.uk', name: 'James Porter' },
  generic: { recipe: 'generic-page', host: 'crm.lumora.example', path: '/clientes/7', file: join(TESTDATA, 'generic-contact.html'), customerEmail: 'marta@example.com', name: 'Marta Ruiz' },
  // The same products marked otherwise (issue 19): data-test-id hooks, the e-mail as text, labels in Spanish.
  hubspotText: { recipe: 'hubspot', host: 'app.hubspot.com', path: '/contacts/4417325/record/0-1/5102', file: join(TESTDATA, 'hubspot-contact-text.html'), customerEmail: 'james.porter@example.co.uk', name: 'James Porter' },
  hubspotSpanish: { recipe: 'hubspot', host: 'app-eu1.hubspot.com', path: '/contacts/4417325/record/0-1/5101', file: join(TESTDATA, 'hubspot-contact-es.html'), customerEmail: 'marta@example.com', name: 'Marta Ruiz' },
  unknownCustomer: { recipe: 'zendesk', host: 'lumora.zendesk.com', path: '/agent/users/90999', file: join(PAGES, 'zendesk-user-carlos.html'), name: 'Carlos Martín' },
} satisfies Record<string, CrmPage>;

/** Every host the pages live on: Chromium resolves them to 127.0.0.1. */
export const CRM_HOSTS = [...new Set(Object.values(CRM_PAGES).map((page) => page.host))];
