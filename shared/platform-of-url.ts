// Which platform a post URL belongs to, told from its host (and Mastodon's /@user/id path on any host),
// as the platform catalogue (shared/platforms/catalogue.ts) declares them.
import { PLATFORMS } from './platforms/catalogue.ts';
import { parseUrl } from './platforms/parse-url.ts';

const BY_HOST = PLATFORMS.filter((p) => p.hosts);
const BY_PATH_ANYWHERE = PLATFORMS.filter((p) => !p.hosts && p.path);

/** The platform id for a URL, or undefined when the host is not one Vigía knows. */
export function platformOfUrl(raw: string | undefined): string | undefined {
  const url = parseUrl(raw);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  // A known host decides alone: a Google page that is not a map is no platform, not a Mastodon post.
  const onHost = BY_HOST.find((p) => p.hosts?.test(host));
  if (onHost) return !onHost.path || onHost.path.test(url.pathname) ? onHost.id : undefined;
  return BY_PATH_ANYWHERE.find((p) => p.path?.test(url.pathname))?.id;
}
