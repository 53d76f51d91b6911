// HubSpot CRM: contact and ticket record pages (a ticket's customer is its first associated contact), read
// from the product's test hooks in either dialect (data-selenium-test, data-test-id), labelled fields, mailto:
// links and the record id in the URL.
import { handleFromUrl, normalizeHandle, type PlatformHandle } from '../../../shared/author-handle.ts';
import { defineCrmSite, parseWebUrl } from './crm-site.ts';
import { emailsInText, type PersonIdentifiers } from './person-identifiers.ts';
import { firstText, idsFromLinks, queryAllDeep, queryDeep, readPerson, testIds, testIdsStartingWith } from './page-fields.ts';

/** The app's hosts per data-centre region (app., app-eu1., app-na2., app-ap1.). */
export const HUBSPOT_MATCHES = ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*', 'https://app-na2.hubspot.com/*', 'https://app-ap1.hubspot.com/*'];

// Object type ids: 0-1 contacts, 0-5 tickets; older URLs name the object instead.
const RECORD = /^\/contacts\/(\d+)\/(?:record\/(0-1|0-5)|(contact|ticket))\/(\d+)\/?/;
const CONTACT_LINK = /^\/contacts\/\d+\/(?:record\/0-1|contact)\/(\d+)/;

/** The record a HubSpot URL shows, when it is a contact or a ticket. */
export function hubspotRecordOf(url: string): { object: 'contact' | 'ticket'; portalId: string; id: string } | undefined {
  const parsed = parseWebUrl(url);
  if (parsed?.protocol !== 'https:' || !/^app(-[a-z]{2}\d)?\.hubspot\.com$/.test(parsed.hostname)) return undefined;
  const match = RECORD.exec(parsed.pathname);
  if (!match?.[1] || !match[4]) return undefined;
  const object = match[2] === '0-5' || match[3] === 'ticket' ? 'ticket' : 'contact';
  return { object, portalId: match[1], id: match[4] };
}

export const isHubspotPage = (url: string): boolean => hubspotRecordOf(url) !== undefined;

/** Property editors keep values in inputs, which text extraction does not see; their hooks say what each holds. */
function fromPropertyInputs(root: ParentNode & Node): Pick<PersonIdentifiers, 'emails' | 'handles'> {
  const valueOf = (name: string) => queryDeep<HTMLInputElement>(root, testIds(`property-input-${name}`))?.getAttribute('value')?.trim() ?? '';
  const handles: PlatformHandle[] = [];
  const twitter = valueOf('twitterhandle');
  if (twitter) handles.push({ platform: 'x', handle: normalizeHandle(twitter) });
  for (const input of queryAllDeep(root, testIdsStartingWith('property-input-'))) {
    const fromUrl = handleFromUrl(input.getAttribute('value') ?? undefined);
    if (fromUrl) handles.push(fromUrl);
  }
  return { emails: emailsInText(valueOf('email')), handles };
}

export default defineCrmSite({
  id: 'hubspot',
  name: 'HubSpot',
  system: 'hubspot',
  matches: HUBSPOT_MATCHES,
  isPage: isHubspotPage,
  findPerson(document, url = document.URL) {
    const record = hubspotRecordOf(url);
    if (record?.object === 'ticket') {
      // The first contact card in the right sidebar's Contacts association section.
      const section = queryDeep(document, testIds('association-card-0-1'));
      const card = section && queryDeep(section, testIds('association-card'));
      return readPerson({
        parts: [card && queryDeep(card, testIds('association-card-details'))],
        record: card,
        system: 'hubspot',
        crmIds: card ? idsFromLinks(card, CONTACT_LINK).slice(0, 1) : [],
        name: card ? firstText(card, [testIds('association-card-title')]) : undefined,
      });
    }
    const highlight = queryDeep(document, testIds('highlight-card'));
    const about = queryDeep(document, testIds('about-this-contact-card'));
    // The left sidebar is about the contact; the timeline and association cards are about others too.
    const sidebar = queryDeep(document, testIds('left-sidebar'));
    return readPerson({
      parts: [highlight && queryDeep(highlight, testIds('highlight-details'))],
      read: about ? [fromPropertyInputs(about)] : [],
      record: sidebar ?? highlight ?? about ?? queryDeep(document, testIds('record-page')),
      mailtoInRecord: true,
      system: 'hubspot',
      crmIds: [record?.id],
      name: highlight ? firstText(highlight, [testIds('highlightTitle', 'highlight-title')]) : undefined,
    });
  },
});
