// Every social and review-site recipe the badges run on (apart from the CRM recipes in registry.ts).
// Adding a site is one file and one line here.
import bluesky from './bluesky.ts';
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

/**
 * Fixture pages served on loopback for end-to-end tests: `http://127.0.0.1:<port>/social-fixtures/<site id>/…`
 * runs the recipe named in the path. Nothing on a real site can match these.
 */
export const SOCIAL_FIXTURE_MATCHES = ['http://127.0.0.1/social-fixtures/*', 'http://localhost/social-fixtures/*'];

/** The recipe a loopback fixture URL names, if any. */
export function fixtureSiteFor(url: string): SocialSite | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(parsed.hostname)) return undefined;
  const id = /^\/social-fixtures\/([a-z0-9-]+)\//.exec(parsed.pathname)?.[1];
  return SOCIAL_SITES.find((site) => site.id === id);
}

/** The recipe for this URL: the real site's, else a loopback fixture's. */
export const socialSiteFor = (url: string): SocialSite | undefined =>
  SOCIAL_SITES.find((site) => site.isPage(url)) ?? fixtureSiteFor(url);

/** Every match pattern the badges content script needs. */
export const SOCIAL_MATCHES: string[] = [...SOCIAL_SITES.flatMap((site) => site.matches), ...SOCIAL_FIXTURE_MATCHES];
