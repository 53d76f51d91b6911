// Sites the user granted at run time (optional host permissions) get the CRM overlay through one
// dynamically registered content script, kept in step with the granted origins. Declared CRM domains
// are left to the manifest; a site that is not granted never gets the script.
import { browser } from '#imports';
import { matchesAny } from '../../sites/match-pattern.ts';
import { CRM_MATCHES } from '../../sites/crm/registry.ts';

/** The registered script's id. */
export const GRANTED_SITES_SCRIPT_ID = 'vigia-crm-overlay-granted-sites';
/** The built CRM overlay content script (the same file the manifest declares). */
export const CRM_OVERLAY_SCRIPT = 'content-scripts/crm-overlay.js';

/** The parts of the browser API this uses (a seam for tests). */
export interface SiteAccessApi {
  runtime: { getManifest(): DeclaredManifest };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** One dynamically registered content script, as chrome.scripting takes it. */
export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** A match pattern widened to its whole host: `https://*.zendesk.com/agent/*` → `https://*.zendesk.com/*`. */
export const hostPatternOf = (pattern: string): string => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');

/** The manifest's part this module reads. */
export interface DeclaredManifest {
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/**
 * Every host the manifest declares (host permissions and every content script's matches, the social
 * badges' too): those are the manifest's business, and their grants are not the user's run-time choice.
 */
export function declaredHostsOf(manifest: DeclaredManifest): string[] {
  const patterns = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])];
  return [...new Set([...patterns, ...CRM_MATCHES].map(hostPatternOf))];
}

/**
 * Granted origins that need the dynamic script: not the declared hosts, and not broad patterns
 * ("https://*\/*"), which only a mistaken grant would hold.
 */
export function grantedSiteOrigins(origins: readonly string[], declaredHosts: readonly string[]): string[] {
  return origins.filter((origin) => !/^\*:|:\/\/\*[/.]/.test(origin) && origin !== '<all_urls>' && !matchesAny(declaredHosts, origin.replace(/\*$/, '')));
}

/** Registers, updates or removes the script so that it runs exactly on the granted sites; returns them. */
export async function syncGrantedSiteScripts(api: SiteAccessApi = browser as unknown as SiteAccessApi): Promise<string[]> {
  const origins = grantedSiteOrigins((await api.permissions.getAll()).origins ?? [], declaredHostsOf(api.runtime.getManifest()));
  const [existing] = await api.scripting.getRegisteredContentScripts({ ids: [GRANTED_SITES_SCRIPT_ID] });
  if (origins.length === 0) {
    if (existing) await api.scripting.unregisterContentScripts({ ids: [GRANTED_SITES_SCRIPT_ID] });
    return origins;
  }
  const script: RegisteredScript = { id: GRANTED_SITES_SCRIPT_ID, matches: origins, js: [CRM_OVERLAY_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true };
  if (!existing) await api.scripting.registerContentScripts([script]);
  else if ([...(existing.matches ?? [])].sort().join() !== [...origins].sort().join()) await api.scripting.updateContentScripts([script]);
  return origins;
}

/** Keeps the registration in step with grants and revocations (listeners added on the worker's first turn). */
export function registerGrantedSites(): void {
  const sync = (): void => void syncGrantedSiteScripts().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  sync();
}
