// The review-site recipes, one line each; a page no recipe supports is read by the generic `web` recipe.
import { amazon } from './amazon.ts';
import { appStore } from './app-store.ts';
import { g2 } from './g2.ts';
import { googleMaps } from './google-maps.ts';
import { googlePlay } from './google-play.ts';
import type { SiteRecipe } from './site-recipe.ts';
import { trustpilot } from './trustpilot.ts';
import { tripadvisor } from './tripadvisor.ts';
import { web } from './web.ts';
import { yelp } from './yelp.ts';

export const SITES: readonly SiteRecipe[] = [trustpilot, googleMaps, yelp, tripadvisor, appStore, googlePlay, g2, amazon];

/** The recipe for `url`, or the generic one when no site recipe supports it. */
export function siteFor(url: string | URL): SiteRecipe {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return web;
  }
  return SITES.find((site) => site.isSupported(parsed)) ?? web;
}

export { web as genericSite };
