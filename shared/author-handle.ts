// Author handles from profile and post URLs, normalised the same way in the collector and the extension,
// so a handle found on a CRM page meets the handle stored on a mention.

/** A person's identity on one platform: `handle` has no "@" or "u/" and is lowercase. */
export interface PlatformHandle {
  platform: string;
  handle: string;
}

/** Lowercase, without a leading "@", "u/" or "/u/". Mastodon handles keep their instance: user@host. */
export function normalizeHandle(raw: string): string {
  return raw.trim().replace(/^\/?u\//i, '').replace(/^@/, '').toLowerCase();
}

interface HandleRule {
  platform: string;
  hosts: RegExp;
  path: RegExp;
}

const RULES: HandleRule[] = [
  { platform: 'reddit', hosts: /(^|\.)reddit\.com$/, path: /^\/(?:user|u)\/([A-Za-z0-9_-]{2,40})(?:\/|$)/ },
  { platform: 'x', hosts: /^(x|twitter|mobile\.twitter)\.com$/, path: /^\/([A-Za-z0-9_]{1,15})(?:\/|$)/ },
  { platform: 'instagram', hosts: /(^|\.)instagram\.com$/, path: /^\/([A-Za-z0-9_.]{1,30})\/?$/ },
  { platform: 'tiktok', hosts: /(^|\.)tiktok\.com$/, path: /^\/@([A-Za-z0-9_.]{2,24})(?:\/|$)/ },
  { platform: 'youtube', hosts: /(^|\.)youtube\.com$/, path: /^\/@([A-Za-z0-9_.-]{3,30})(?:\/|$)/ },
  { platform: 'bluesky', hosts: /^bsky\.app$/, path: /^\/profile\/([A-Za-z0-9_.:-]{3,253})(?:\/|$)/ },
  { platform: 'linkedin', hosts: /(^|\.)linkedin\.com$/, path: /^\/in\/([A-Za-z0-9_-]{3,100})\/?/ },
];

/** Paths on x.com and instagram.com that are not profiles. */
const NOT_PROFILES = new Set(['home', 'search', 'explore', 'i', 'settings', 'notifications', 'messages', 'p', 'reel', 'stories', 'intent', 'share', 'hashtag']);

/**
 * The platform handle a profile or post URL belongs to, or undefined. Mastodon (and other fediverse
 * servers) are recognised by their `/@user` path on any host and give `user@host`.
 */
export function handleFromUrl(raw: string | undefined): PlatformHandle | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  for (const rule of RULES) {
    if (!rule.hosts.test(host)) continue;
    const m = rule.path.exec(url.pathname);
    if (!m?.[1] || NOT_PROFILES.has(m[1].toLowerCase())) return undefined;
    return { platform: rule.platform, handle: normalizeHandle(m[1]) };
  }
  const fedi = /^\/@([A-Za-z0-9_]{1,30})(?:@([a-z0-9.-]+))?(?:\/|$)/.exec(url.pathname);
  if (fedi?.[1]) return { platform: 'mastodon', handle: normalizeHandle(`${fedi[1]}@${fedi[2] ?? host}`) };
  return undefined;
}
