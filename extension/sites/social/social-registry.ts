// Every social and review-site recipe the badges run on (apart from the CRM recipes in ../crm/registry.ts).
// Adding a site is one file and one line here.
import bluesky from './bluesky.ts';
import { demoSiteId } from './demo-social.ts';
import facebook from './facebook.ts';
import googleMaps from './google-maps.ts';
import instagram from './instagram.ts';
import linkedin from './linkedin.ts';
import reddit from './reddit.ts';
import type { SocialSite } from './social-site.ts';
import tiktok from './tiktok.ts';
import trustpilot from './trustpilot.ts';
import x from './x.ts';
import youtube from './youtube.ts';

export const SOCIAL_SITES: readonly SocialSite[] = [x, reddit, linkedin, instagram, tiktok, youtube, facebook, bluesky, trustpilot, googleMaps];

/** The recipe for this URL (on the demo web's site pages, the recipe of the site the page imitates). */
export const socialSiteFor = (url: string): SocialSite | undefined =>
  SOCIAL_SITES.find((site) => site.isPage(url)) ?? SOCIAL_SITES.find((site) => site.id === demoSiteId(url));

/**
 * Every match pattern the badges content script declares: the real sites only. End-to-end tests serve
 * their pages under these real hosts (Chromium resolves them to 127.0.0.1), so no test host ships.
 */
export const SOCIAL_MATCHES: string[] = SOCIAL_SITES.flatMap((site) => site.matches);
