// Every CRM recipe, in the order they are tried; the generic fallback comes last and only where no
// declared recipe owns the site. Adding a CRM is one file and one line here.
import type { CrmSite } from './crm-site.ts';
import demoCrm from './demo-crm.ts';
import freshdesk from './freshdesk.ts';
import genericPage from './generic-page.ts';
import hubspot from './hubspot.ts';
import intercom from './intercom.ts';
import { matchesAny } from '../match-pattern.ts';
import pipedrive from './pipedrive.ts';
import salesforce from './salesforce.ts';
import zendesk from './zendesk.ts';

/** Recipes for products whose domains the manifest declares (and the demo CRM, declared by the demo build only). */
export const CRM_SITES: readonly CrmSite[] = [salesforce, hubspot, zendesk, freshdesk, intercom, pipedrive, demoCrm];

/** Tried on pages of sites the user granted at run time (self-hosted CRMs, intranets). */
export const FALLBACK_SITE: CrmSite = genericPage;

/** Every match pattern the CRM content script declares in the manifest. */
export const CRM_MATCHES: string[] = CRM_SITES.flatMap((site) => site.matches);

/** The declared CRM recipe that knows this URL, if any. */
export const crmSiteFor = (url: string): CrmSite | undefined => CRM_SITES.find((site) => site.isPage(url));

/**
 * The recipe the overlay uses on a page it runs on: a declared CRM's when it knows the page; none on
 * other pages of a declared CRM (its dashboard, its settings); the generic fallback anywhere else, where
 * the content script only runs because the user granted that site.
 */
export function recipeForPage(url: string): CrmSite | undefined {
  const known = crmSiteFor(url);
  if (known) return known;
  if (matchesAny(CRM_MATCHES, url)) return undefined;
  return FALLBACK_SITE.isPage(url) ? FALLBACK_SITE : undefined;
}
