// Salesforce Lightning Experience: contact, lead and case record pages (one customer each): fields by API
// name, fields by their visible label ("Email", "Correo electrónico"), mailto: links, the id in the URL.
import { defineCrmSite, parseWebUrl } from './crm-site.ts';
import { firstText, idsFromLinks, queryAllDeep, readPerson, visibleMatch } from './page-fields.ts';

/** Lightning runs on `<MyDomain>.lightning.force.com` (sandboxes: `<MyDomain>--<name>.sandbox.lightning.force.com`). */
export const SALESFORCE_MATCHES = ['https://*.lightning.force.com/*'];

// 15- or 18-character record ids; the first three characters say the object: 003 contact, 00Q lead, 500 case.
const RECORD = /^\/lightning\/r\/(?:(Contact|Lead|Case)\/)?((?:003|00Q|500)[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view\/?$/;
const PREFIX_OBJECT = { '003': 'Contact', '00Q': 'Lead', '500': 'Case' } as const;

/** The record a Lightning URL shows, when it is a contact, lead or case. */
export function salesforceRecordOf(url: string): { object: 'Contact' | 'Lead' | 'Case'; id: string } | undefined {
  const parsed = parseWebUrl(url);
  if (parsed?.protocol !== 'https:' || !/(^|\.)lightning\.force\.com$/.test(parsed.hostname)) return undefined;
  const match = RECORD.exec(parsed.pathname);
  if (!match?.[2]) return undefined;
  const object = PREFIX_OBJECT[match[2].slice(0, 3) as keyof typeof PREFIX_OBJECT];
  // "/lightning/r/Case/003…" names one object and links another: not a page we understand.
  if (match[1] && match[1] !== object) return undefined;
  return { object, id: match[2] };
}

export const isSalesforcePage = (url: string): boolean => salesforceRecordOf(url) !== undefined;

// Lightning keeps pages visited before in the DOM and marks the one on screen `active`.
const ACTIVE_PAGE = ['div.oneContent.active', 'div.windowViewMode-normal.active', 'div.windowViewMode-maximized.active'];
// Fields by API name ("sfdc:RecordField.Case.ContactEmail"): e-mail fields only, never free text such as Description.
const EMAIL_FIELD = /^sfdc:RecordField\.\w+\.(\w*Email(__c)?)$/i;
const CONTACT_LINK = /^\/lightning\/r\/(?:Contact\/)?(003[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view/;

export default defineCrmSite({
  id: 'salesforce',
  name: 'Salesforce',
  system: 'salesforce',
  matches: SALESFORCE_MATCHES,
  isPage: isSalesforcePage,
  findPerson(document, url = document.URL) {
    const record = salesforceRecordOf(url);
    const page = visibleMatch(document, ACTIVE_PAGE) ?? document.body;
    const fields = queryAllDeep(page, 'records-record-layout-item[data-target-selection-name]');
    const fieldNamed = (pattern: RegExp) => fields.filter((f) => pattern.test(f.getAttribute('data-target-selection-name') ?? ''));
    // Custom URL fields (a Twitter or Reddit profile) hold handles; e-mail fields hold addresses.
    const profileFields = fields.filter((f) => f.querySelector('lightning-formatted-url'));
    if (record?.object === 'Case') {
      const contact = fieldNamed(/\.ContactId$/);
      // A case's own fields are labelled too ("Contact Email"); its feed and description are not the customer's.
      return readPerson({
        parts: [...fieldNamed(EMAIL_FIELD), ...profileFields],
        record: page.querySelector('records-record-layout-block, records-lwc-record-layout, force-record-layout-block') ?? undefined,
        system: 'salesforce',
        crmIds: contact.flatMap((f) => idsFromLinks(f, CONTACT_LINK)),
        name: contact.map((f) => firstText(f, ['a', '.test-id__field-value'])).find(Boolean),
      });
    }
    return readPerson({
      parts: [...fieldNamed(EMAIL_FIELD), ...profileFields],
      record: page,
      mailtoInRecord: true,
      system: 'salesforce',
      crmIds: [record?.id],
      name: firstText(page, ['records-highlights2 lightning-formatted-name', 'h1 [slot="primaryField"]', '.slds-page-header__title']),
    });
  },
});
