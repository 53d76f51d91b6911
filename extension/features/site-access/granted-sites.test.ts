import { describe, expect, it } from 'vitest';
import {
  CRM_OVERLAY_SCRIPT,
  declaredHostsOf,
  GRANTED_SITES_SCRIPT_ID,
  grantedSiteOrigins,
  syncGrantedSiteScripts,
  type DeclaredManifest,
  type RegisteredScript,
  type SiteAccessApi,
} from './granted-sites.ts';
import { siteAccessOf } from './site-access.ts';

/** A manifest like the built one: CRM hosts declared, and the social badges' content script. */
const MANIFEST: DeclaredManifest = {
  host_permissions: ['https://*.zendesk.com/agent/*'],
  content_scripts: [{ matches: ['https://*.zendesk.com/agent/*'] }, { matches: ['https://www.reddit.com/*', 'https://x.com/*'] }],
};
const DECLARED = declaredHostsOf(MANIFEST);

/** chrome.runtime, chrome.permissions and chrome.scripting as far as the module uses them, in memory. */
function fakeApi(origins: string[]) {
  const registered = new Map<string, RegisteredScript>();
  const calls: string[] = [];
  const api: SiteAccessApi = {
    runtime: { getManifest: () => MANIFEST },
    permissions: { getAll: async () => ({ origins: [...origins] }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      registerContentScripts: async (scripts) => {
        calls.push('register');
        for (const s of scripts) registered.set(s.id, s);
      },
      updateContentScripts: async (scripts) => {
        calls.push('update');
        for (const s of scripts) registered.set(s.id, s);
      },
      unregisterContentScripts: async ({ ids }) => {
        calls.push('unregister');
        for (const id of ids) registered.delete(id);
      },
    },
  };
  return { api, registered, calls, origins };
}

describe('granted sites', () => {
  it('keeps every declared host (CRM and social content scripts) and broad patterns out of the dynamic script', () => {
    expect(DECLARED).toEqual(expect.arrayContaining(['https://*.zendesk.com/*', 'https://www.reddit.com/*', 'https://app.hubspot.com/*']));
    const granted = ['https://crm.lumora.example/*', 'https://lumora.zendesk.com/*', 'https://app.hubspot.com/*', 'https://www.reddit.com/*', 'https://*/*', '*://*/*', 'http://intranet.local/*'];
    expect(grantedSiteOrigins(granted, DECLARED)).toEqual(['https://crm.lumora.example/*', 'http://intranet.local/*']);
  });

  it('registers the overlay on granted sites, updates it when grants change, and removes it when none are left', async () => {
    const fake = fakeApi(['https://crm.lumora.example/*', 'https://www.reddit.com/*', 'https://x.com/*']);
    expect(await syncGrantedSiteScripts(fake.api)).toEqual(['https://crm.lumora.example/*']);
    expect(fake.registered.get(GRANTED_SITES_SCRIPT_ID)).toEqual({
      id: GRANTED_SITES_SCRIPT_ID,
      matches: ['https://crm.lumora.example/*'],
      js: [CRM_OVERLAY_SCRIPT],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    await syncGrantedSiteScripts(fake.api);
    fake.origins.push('http://intranet.local/*');
    await syncGrantedSiteScripts(fake.api);
    expect(fake.registered.get(GRANTED_SITES_SCRIPT_ID)?.matches).toEqual(['https://crm.lumora.example/*', 'http://intranet.local/*']);
    fake.origins.splice(0, fake.origins.length, 'https://x.com/*');
    await syncGrantedSiteScripts(fake.api);
    expect(fake.registered.size).toBe(0);
    expect(fake.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('tells a page’s access: declared, granted, not granted, or not a web page', () => {
    const granted = ['https://crm.lumora.example/*'];
    expect(siteAccessOf('https://lumora.zendesk.com/agent/dashboard', granted, DECLARED)).toBe('declared');
    expect(siteAccessOf('https://www.reddit.com/r/lumora', granted, DECLARED)).toBe('declared');
    expect(siteAccessOf('https://crm.lumora.example:8443/clientes/7', granted, DECLARED)).toBe('granted');
    expect(siteAccessOf('https://other.example/', granted, DECLARED)).toBe('not-granted');
    expect(siteAccessOf('chrome://extensions', granted, DECLARED)).toBe('unsupported');
  });
});
