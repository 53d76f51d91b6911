// Pipedrive: person detail pages, read from the product's test hooks (any dialect), labelled fields, mailto:
// links and the person id in the URL.
import { defineCrmSite, parseWebUrl } from './crm-site.ts';
import { firstText, queryDeep, readPerson, testIds } from './page-fields.ts';

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
    const details = queryDeep(document, testIds('person-details'));
    return readPerson({
      parts: [details && queryDeep(details, testIds('person-fields'))],
      // Without the hooks, the sidebar's labelled fields; never the deals or the activity history.
      record: details ?? document.querySelector('aside, [role="complementary"]') ?? undefined,
      mailtoInRecord: true,
      system: 'pipedrive',
      crmIds: [pipedrivePersonOf(url)],
      name: firstText(document, [testIds('person-header-name'), 'h1']),
    });
  },
});
