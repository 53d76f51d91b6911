// Every CRM recipe, in the order they are tried. Adding a CRM is one file and one line here.
import type { CrmSite } from './crm-site.ts';
import demoCrm from './demo-crm.ts';

export const CRM_SITES: readonly CrmSite[] = [demoCrm];

/** The recipe for this URL, if any. */
export const crmSiteFor = (url: string): CrmSite | undefined => CRM_SITES.find((site) => site.isPage(url));

/** Every match pattern the CRM content script needs. */
export const CRM_MATCHES: string[] = CRM_SITES.flatMap((site) => site.matches);
