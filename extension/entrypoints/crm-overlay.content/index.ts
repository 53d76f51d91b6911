// Content script on CRM pages (declared in the manifest) and on sites the user granted at run time
// (registered by the background): overlays the journey of the customer shown on the page.
import { defineContentScript } from '#imports';
import { startCrmOverlay } from '../../features/crm-overlay/mount-overlay.ts';
import { CRM_MATCHES } from '../../sites/crm/registry.ts';
import sharedCss from '../../ui/vigia.css?inline';
import overlayCss from '../../features/crm-overlay/overlay.css?inline';

export default defineContentScript({
  matches: CRM_MATCHES,
  // The styles travel inside the script: no web-accessible file, so granted sites get them too.
  cssInjectionMode: 'manual',
  main(ctx) {
    startCrmOverlay(ctx, `${sharedCss}\n${overlayCss}`);
  },
});
