// One key per post across the forms its URL takes (x.com or twitter.com, with or without the slug, a
// comment's own link), so a post on the page meets the mention the collector stored for it.
import { canonicalUrl } from '../../shared/stable-id.ts';

type KeyRule = (url: URL) => string | undefined;

const match = (pattern: RegExp, path: string): RegExpExecArray | null => pattern.exec(path);

/** Per platform: the parts of the URL that identify the post (the host is not one of them). */
const RULES: Record<string, KeyRule> = {
  x: (url) => match(/^\/[A-Za-z0-9_]{1,15}\/status(?:es)?\/(\d+)/, url.pathname)?.[1],
  reddit: (url) => {
    const m = match(/\/comments\/([a-z0-9]+)(?:\/[^/]*\/([a-z0-9]+))?/i, url.pathname);
    if (m?.[1]) return m[2] ? `${m[1]}:${m[2]}` : m[1];
    return url.hostname === 'redd.it' ? url.pathname.slice(1) || undefined : undefined;
  },
  youtube: (url) => {
    const video = url.searchParams.get('v') ?? match(/^\/(?:shorts|embed|live)\/([\w-]{6,})/, url.pathname)?.[1] ?? (url.hostname === 'youtu.be' ? url.pathname.slice(1) : undefined);
    if (!video) return undefined;
    const comment = url.searchParams.get('lc');
    return comment ? `${video}:${comment}` : video;
  },
  bluesky: (url) => {
    const m = match(/^\/profile\/([^/]+)\/post\/([a-z0-9]+)/i, url.pathname);
    return m ? `${m[1]?.toLowerCase()}:${m[2]}` : undefined;
  },
  linkedin: (url) => match(/urn(?::|%3A)li(?::|%3A)(?:activity|ugcPost|share)(?::|%3A)(\d+)/i, url.href)?.[1] ?? match(/-(\d{15,})-/, url.pathname)?.[1],
  instagram: (url) => match(/^\/(?:[^/]+\/)?(?:p|reel|tv)\/([A-Za-z0-9_-]+)/, url.pathname)?.[1],
  tiktok: (url) => match(/^\/@[^/]+\/(?:video|photo)\/(\d+)/, url.pathname)?.[1],
  facebook: (url) =>
    match(/\/(?:posts|videos|permalink)\/(?:[^/]*?)(\d{6,}|pfbid\w+)/, url.pathname)?.[1] ?? url.searchParams.get('story_fbid') ?? undefined,
  trustpilot: (url) => match(/^\/reviews\/([0-9a-f]{12,})/i, url.pathname)?.[1],
};

/**
 * The post key of a URL on a platform, e.g. `x:1222907250383245320` or `reddit:1pzbv0z`; other URLs key by
 * their canonical form (tracking parameters, fragment and trailing slash removed). Undefined for no URL.
 */
export function postKeyOf(platform: string, rawUrl: string | undefined): string | undefined {
  if (!rawUrl) return undefined;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  const id = RULES[platform]?.(url);
  if (id) return `${platform}:${id}`;
  const canonical = canonicalUrl(rawUrl);
  return canonical ? `url:${canonical.replace(/\/(?=$|\?)/, '')}` : undefined;
}
