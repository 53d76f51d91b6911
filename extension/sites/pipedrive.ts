// Pipedrive: person detail pages.
import { defineCrmSite, parseWebUrl } from './crm-site.ts';
import { firstText, personFrom, queryDeep } from './page-fields.ts';

/** Every Pipedrive company account lives on `<company>.pipedrive.com`. */
export const PIPEDRIVE_MATCHES = ['https://*.pipedrive.com/*'];

const PERSON = /^\/person\/(\d+)\/?$/;

/** The person id of a Pipedrive person page. */
export function pipedrivePersonOf(url: string): string | undefined {
  const parsed = parseWebUrl(url);
  if (parsed?.protocol !== 'https:' || !/^[a-z0-9][a-z0-9-]*\.pipedrive\.com$/.test(parsed.hostname)) return undefined;
  return PERSON.exec(parsed.pathname)?.[1];
}

export const isPipedrivePage = (url: string): boolean => pipedrivePersonOf(url) !== undefined;

export default defineCrmSite({
  id: 'pipedrive',
  name: 'Pipedrive',
  system: 'pipedrive',
  matches: PIPEDRIVE_MATCHES,
  isPage: isPipedrivePage,
  findPerson(document, url = document.URL) {
    // The "Details" section of the left sidebar; the deals and the activity history mention others.
    const details = queryDeep(document, '[data-testid="person-details"]');
    return personFrom([details && queryDeep(details, '[data-testid="person-fields"]')], {
      system: 'pipedrive',
      crmIds: [pipedrivePersonOf(url)],
      name: firstText(document, ['[data-testid="person-header-name"]']),
    });
  },
});
