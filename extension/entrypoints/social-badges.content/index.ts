// Content script on social and review sites: a sentiment badge with quick triage actions on every post,
// comment or review the site's recipe finds (extension/sites/social/social-registry.ts).
import { defineContentScript } from '#imports';
import { startBadges } from '../../features/badges/start-badges.ts';
import { SOCIAL_MATCHES } from '../../sites/social/social-registry.ts';
import badgeCss from '../../features/badges/badge.css?inline';

export default defineContentScript({
  matches: SOCIAL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    startBadges(ctx, badgeCss);
  },
});
