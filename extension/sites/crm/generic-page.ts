// The fallback for any other page the user has granted Vigía (a self-hosted CRM, an intranet): the
// e-mails and handles in the page's main content. Tried last; it never runs where the user has not
// granted access, since no manifest pattern declares it.
import { defineCrmSite, parseWebUrl } from './crm-site.ts';
import type { PersonIdentifiers } from './person-identifiers.ts';
import { readPerson, textOf } from './page-fields.ts';

/** More than this many addresses or handles is a list of people, not one customer's page. */
export const GENERIC_MAX_IDENTIFIERS = 3;

/** Any web page; registry.ts keeps it off the pages of declared CRMs. */
export const isGenericPage = (url: string): boolean => parseWebUrl(url) !== undefined;

// Page chrome that is about the signed-in user or the site, not the record shown.
const CHROME = 'header, footer, nav, [role="banner"], [role="navigation"], [role="contentinfo"]';

/** The page's main content without its header, footer and navigation (on a detached copy). */
function mainContentOf(document: Document): Element {
  const main = document.querySelector('main, [role="main"]') ?? document.body;
  const copy = main.cloneNode(true) as Element;
  for (const chrome of copy.querySelectorAll(CHROME)) chrome.remove();
  return copy;
}

export default defineCrmSite({
  id: 'generic-page',
  name: 'Any page you enable',
  matches: [],
  isPage: isGenericPage,
  findPerson(document) {
    // Text, links and mailto: of the main content, and its fields labelled "Email", "Twitter", "Correo"…
    const main = mainContentOf(document);
    const found = readPerson({ parts: [main], record: main });
    if (found.emails.length > GENERIC_MAX_IDENTIFIERS || found.handles.length > GENERIC_MAX_IDENTIFIERS) return { emails: [], handles: [] };
    const person: PersonIdentifiers = found;
    const heading = textOf(document.querySelector('main h1, [role="main"] h1, h1'));
    if (heading && heading.length <= 80) person.name = heading;
    return person;
  },
});
