// Stable mention identity: guid → canonical URL → content hash, so re-collecting never stores twice.

/** Query parameters that only track clicks and never change what a URL points at. */
const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|si|ref_src|ref_url|_hsenc|_hsmi|oc|ocid|spm)$/i;

/** A URL with tracking parameters, fragment and default port removed; undefined if it is not http(s). */
export function canonicalUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  return url.toString();
}

/**
 * 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. Pure and synchronous so the collector and the
 * extension compute the same id; collisions at a million mentions are ~3e-8 likely.
 */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
    h2 = (h2 ^ (h1 >>> 15)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

export interface IdentityParts {
  platform: string;
  guid?: string;
  url?: string;
  title?: string;
  text: string;
}

/** The mention id: platform plus the first of guid, canonical URL, or title+text that exists. */
export function mentionIdOf(parts: IdentityParts): string {
  const key =
    (parts.guid?.trim() ? `guid:${parts.guid.trim()}` : undefined) ??
    (canonicalUrl(parts.url) ? `url:${canonicalUrl(parts.url)}` : undefined) ??
    `content:${parts.title ?? ''}\n${parts.text}`;
  return `${parts.platform}-${hash64(`${parts.platform}\n${key}`)}`;
}
