// Content script on CRM pages: overlays the public mentions of the customer shown on the page.
import { defineContentScript } from '#imports';
import { startCrmOverlay } from '../../features/crm-overlay/mount-overlay.ts';
import { CRM_MATCHES } from '../../sites/registry.ts';
import '../../ui/vigia.css';
import '../../features/crm-overlay/overlay.css';

export default defineContentScript({
  matches: CRM_MATCHES,
  cssInjectionMode: 'ui',
  main(ctx) {
    startCrmOverlay(ctx);
  },
});
