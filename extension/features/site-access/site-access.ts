// What extension pages (options, popup) use to let the user grant or revoke Vigía on a site at run time.
// `permissions.request` must run in the click handler itself (a user gesture), so call it directly there.
import { browser } from '#imports';
import { matchesAny, originPatternOf } from '../../sites/match-pattern.ts';
import { declaredHostsOf, grantedSiteOrigins } from './granted-sites.ts';

/** How Vigía stands on a site: declared in the manifest, granted by the user, not granted, or not a web page. */
export type SiteAccess = 'declared' | 'granted' | 'not-granted' | 'unsupported';

/** The access for a page URL, given the origins currently granted and the hosts the manifest declares. */
export function siteAccessOf(url: string, grantedOrigins: readonly string[], declaredHosts: readonly string[]): SiteAccess {
  const pattern = originPatternOf(url);
  if (!pattern) return 'unsupported';
  if (matchesAny(declaredHosts, url)) return 'declared';
  return matchesAny(grantedSiteOrigins(grantedOrigins, declaredHosts), url) ? 'granted' : 'not-granted';
}

/** What the site access controls need from the browser (a seam for tests). */
export interface SiteAccessControls {
  /** Sites the user granted, as origin patterns (`https://crm.example.com/*`). */
  granted(): Promise<string[]>;
  /** Hosts the manifest declares (always on). */
  declaredHosts(): string[];
  /** Asks the browser, which asks the user, for the site of this URL; true when granted. */
  request(url: string): Promise<boolean>;
  /** Gives a site back; true when it was removed. */
  revoke(pattern: string): Promise<boolean>;
  /** The address of the tab the popup was opened over (the toolbar click grants `activeTab`). */
  activeTabUrl(): Promise<string | undefined>;
}

/** The real browser's permissions, manifest and tabs. */
export const browserSiteAccess: SiteAccessControls = {
  granted: async () => grantedSiteOrigins((await browser.permissions.getAll()).origins ?? [], declaredHostsOf(browser.runtime.getManifest())),
  declaredHosts: () => declaredHostsOf(browser.runtime.getManifest()),
  request: (url) => {
    const pattern = originPatternOf(url);
    return pattern ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(false);
  },
  revoke: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  activeTabUrl: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url,
};
