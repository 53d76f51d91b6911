// Freshdesk agent portal: ticket pages (the requester) and contact pages, read from the product's test hooks
// (any dialect), labelled fields, mailto: links and the contact id in the URL or links.
import { defineCrmSite, parseWebUrl } from './crm-site.ts';
import { firstText, idsFromLinks, queryDeep, readPerson, testIds } from './page-fields.ts';

/** Every Freshdesk helpdesk lives on `<domain>.freshdesk.com`; agents work under /a/. */
export const FRESHDESK_MATCHES = ['https://*.freshdesk.com/a/*'];

const RECORD = /^\/a\/(tickets|contacts)\/(\d+)\/?$/;
const CONTACT_LINK = /^\/a\/contacts\/(\d+)/;

/** The record a Freshdesk URL shows, when it is a ticket or a contact. */
export function freshdeskRecordOf(url: string): { object: 'ticket' | 'contact'; id: string } | undefined {
  const parsed = parseWebUrl(url);
  if (parsed?.protocol !== 'https:' || !/^[a-z0-9][a-z0-9-]*\.freshdesk\.com$/.test(parsed.hostname)) return undefined;
  const match = RECORD.exec(parsed.pathname);
  if (!match?.[2]) return undefined;
  return { object: match[1] === 'tickets' ? 'ticket' : 'contact', id: match[2] };
}

export const isFreshdeskPage = (url: string): boolean => freshdeskRecordOf(url) !== undefined;

export default defineCrmSite({
  id: 'freshdesk',
  name: 'Freshdesk',
  system: 'freshdesk',
  matches: FRESHDESK_MATCHES,
  isPage: isFreshdeskPage,
  findPerson(document, url = document.URL) {
    const record = freshdeskRecordOf(url);
    if (record?.object === 'contact') {
      const details = queryDeep(document, testIds('contact-details'));
      return readPerson({
        parts: [details && queryDeep(details, testIds('contact-info-fields'))],
        record: details ?? document.querySelector('main, [role="main"]') ?? document.body,
        mailtoInRecord: true,
        system: 'freshdesk',
        crmIds: [record.id],
        name: firstText(document, [testIds('contact-name')]),
      });
    }
    // A ticket: the "Contact details" widget of the right sidebar is about the requester.
    const widget = queryDeep(document, testIds('requester-info'));
    return readPerson({
      parts: [widget && queryDeep(widget, testIds('requester-info-fields'))],
      record: widget,
      system: 'freshdesk',
      crmIds: widget ? idsFromLinks(widget, CONTACT_LINK).slice(0, 1) : [],
      name: widget ? firstText(widget, [testIds('requester-name')]) : undefined,
    });
  },
});
