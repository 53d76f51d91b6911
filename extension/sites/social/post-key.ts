// One key per post across the forms its URL takes (x.com or twitter.com, with or without the slug, a
// comment's own link), so a post on the page meets the mention the collector stored for it.
import { platformEntry } from '../../../shared/platforms/lookup.ts';
import { parseUrl } from '../../../shared/platforms/parse-url.ts';
import { canonicalUrl } from '../../../shared/stable-id.ts';

/**
 * The post key of a URL on a platform, e.g. `x:1222907250383245320` or `reddit:1pzbv0z`; other URLs key by
 * their canonical form (tracking parameters, fragment and trailing slash removed). Undefined for no URL.
 */
export function postKeyOf(platform: string, rawUrl: string | undefined): string | undefined {
  const url = parseUrl(rawUrl);
  if (!url) return undefined;
  // Each platform's rule lives in its catalogue entry (shared/platforms/catalogue.ts); an alias keys by URL.
  const entry = platformEntry(platform);
  const id = entry?.id === platform ? entry.postKey?.(url) : undefined;
  if (id) return `${platform}:${id}`;
  const canonical = canonicalUrl(rawUrl);
  return canonical ? `url:${canonical.replace(/\/(?=$|\?)/, '')}` : undefined;
}
