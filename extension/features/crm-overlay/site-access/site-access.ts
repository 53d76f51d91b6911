// What extension pages (options, popup) use to let the user grant or revoke Vigía on a site at run time.
// `permissions.request` must run in the click handler itself (a user gesture), so call these directly.
import { browser } from '#imports';
import { matchesAny, originPatternOf } from '../../../sites/match-pattern.ts';
import { declaredHostsOf, grantedSiteOrigins } from './granted-sites.ts';

/** How Vigía stands on a site: declared in the manifest, granted by the user, not granted, or not a web page. */
export type SiteAccess = 'declared' | 'granted' | 'not-granted' | 'unsupported';

/** The access for a page URL, given the origins currently granted and the hosts the manifest declares. */
export function siteAccessOf(url: string, grantedOrigins: readonly string[], declaredHosts: readonly string[] = declaredHostsOf(browser.runtime.getManifest())): SiteAccess {
  const pattern = originPatternOf(url);
  if (!pattern) return 'unsupported';
  if (matchesAny(declaredHosts, url)) return 'declared';
  return matchesAny(grantedSiteOrigins(grantedOrigins, declaredHosts), url) ? 'granted' : 'not-granted';
}

/** Sites the user granted, as origin patterns. */
export async function grantedSites(): Promise<string[]> {
  return grantedSiteOrigins((await browser.permissions.getAll()).origins ?? [], declaredHostsOf(browser.runtime.getManifest()));
}

/** Asks the browser (which asks the user) for one site; true when granted. The background then registers the overlay there. */
export async function requestSiteAccess(url: string): Promise<boolean> {
  const pattern = originPatternOf(url);
  if (!pattern) return false;
  return browser.permissions.request({ origins: [pattern] });
}

/** Gives a site back; the overlay stops running there. */
export async function revokeSiteAccess(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] });
}
