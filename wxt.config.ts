// WXT build of the Vigía browser extension (MV3): sources live in extension/.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { EXTENSION_PUBLIC_KEY, GECKO_ID } from './shared/extension-identity.ts';
import { CRM_MATCHES } from './extension/sites/registry.ts';

export default defineConfig({
  srcDir: 'extension',
  // Icons and other static files live with the extension's sources.
  publicDir: 'extension/public',
  outDir: '.output',
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Vigía',
    description: 'Customer journeys and public mentions where CX teams already work.',
    default_locale: undefined,
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } } }
      : { key: EXTENSION_PUBLIC_KEY }),
    // notifications: high-priority negatives and spikes (issue 10); sidePanel: the ZMOT dashboard (Chrome;
    // Firefox shows it as a sidebar without a permission).
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting', 'activeTab', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Known CRM domains are declared (consent at install; enterprise policy can pin them). Any other site
    // is asked for at run time from the options page or the toolbar popup, and only then gets the overlay.
    host_permissions: CRM_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  }),
});
