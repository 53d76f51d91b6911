// Author handles from profile and post URLs, normalised the same way in the collector and the extension,
// so a handle found on a CRM page meets the handle stored on a mention. Rules: shared/platforms/catalogue.ts.
import { PLATFORMS } from './platforms/catalogue.ts';
import { parseUrl } from './platforms/parse-url.ts';

/** A person's identity on one platform: `handle` has no "@" or "u/" and is lowercase. */
export interface PlatformHandle {
  platform: string;
  handle: string;
}

/** Lowercase, without a leading "@", "u/" or "/u/". Mastodon handles keep their instance: user@host. */
export function normalizeHandle(raw: string): string {
  return raw.trim().replace(/^\/?u\//i, '').replace(/^@/, '').toLowerCase();
}

/** Platforms whose profile URLs name a handle, from the catalogue: those on known hosts, then the fediverse's on any host. */
const ON_HOSTS = PLATFORMS.filter((p) => p.hosts && p.handle);
const ON_ANY_HOST = PLATFORMS.filter((p) => !p.hosts && p.handle);

/** Paths on x.com and instagram.com that are not profiles. */
const NOT_PROFILES = new Set(['home', 'search', 'explore', 'i', 'settings', 'notifications', 'messages', 'p', 'reel', 'stories', 'intent', 'share', 'hashtag']);

/**
 * The platform handle a profile or post URL belongs to, or undefined. Mastodon (and other fediverse
 * servers) are recognised by their `/@user` path on any host and give `user@host`.
 */
export function handleFromUrl(raw: string | undefined): PlatformHandle | undefined {
  const url = parseUrl(raw);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const onHost = ON_HOSTS.find((p) => p.hosts?.test(host));
  if (onHost) {
    const m = onHost.handle?.exec(url.pathname);
    if (!m?.[1] || NOT_PROFILES.has(m[1].toLowerCase())) return undefined;
    return { platform: onHost.id, handle: normalizeHandle(m[1]) };
  }
  for (const platform of ON_ANY_HOST) {
    const m = platform.handle?.exec(url.pathname);
    if (m?.[1]) return { platform: platform.id, handle: normalizeHandle(`${m[1]}@${m[2] ?? host}`) };
  }
  return undefined;
}
