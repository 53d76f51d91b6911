// WXT build of the Vigía browser extension (MV3): sources live in extension/.
// `wxt build` (`npm run build`) is the release: it declares real products' hosts only. `wxt build --mode
// demo` (`npm start`, into .output/chrome-mv3-demo) and `wxt` (development) also declare the demo CRM's
// pages on loopback, where the demo's fixture server shows them.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { EXTENSION_PUBLIC_KEY, GECKO_ID } from './shared/extension-identity.ts';
import { DEMO_CRM_MATCHES } from './extension/sites/crm/demo-crm.ts';
import { CRM_MATCHES } from './extension/sites/crm/registry.ts';
import { DEMO_SOCIAL_MATCHES } from './extension/sites/social/demo-social.ts';

/** Builds that may run on the demo's loopback pages: never the release (`production`). */
const declaresDemoHosts = (mode: string): boolean => mode !== 'production';

export default defineConfig({
  srcDir: 'extension',
  // Icons and other static files live with the extension's sources.
  publicDir: 'extension/public',
  outDir: '.output',
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
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
    host_permissions: [...CRM_MATCHES, ...(declaresDemoHosts(mode) ? [...DEMO_CRM_MATCHES, ...DEMO_SOCIAL_MATCHES] : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  }),
  hooks: {
    // The overlay's content script also runs on the demo CRM's pages, in demo and development builds only.
    'build:manifestGenerated': (wxt, manifest) => {
      if (!declaresDemoHosts(wxt.config.mode)) return;
      const overlay = manifest.content_scripts?.find((script) => script.js?.includes('content-scripts/crm-overlay.js'));
      if (overlay) overlay.matches = [...new Set([...(overlay.matches ?? []), ...DEMO_CRM_MATCHES])];
      // The badges too, on the demo web's Reddit-, X-, Trustpilot- and Google Maps-like pages.
      const badges = manifest.content_scripts?.find((script) => script.js?.includes('content-scripts/social-badges.js'));
      if (badges) badges.matches = [...new Set([...(badges.matches ?? []), ...DEMO_SOCIAL_MATCHES])];
    },
  },
});
