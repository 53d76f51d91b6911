// Which platform a post URL belongs to, told from its host (and Mastodon's /@user/id path on any host).

const HOSTS: [RegExp, string][] = [
  [/(^|\.)reddit\.com$/, 'reddit'],
  [/^(x|twitter|mobile\.twitter)\.com$/, 'x'],
  [/^bsky\.app$/, 'bluesky'],
  [/(^|\.)youtube\.com$|^youtu\.be$/, 'youtube'],
  [/^news\.ycombinator\.com$/, 'hackernews'],
  [/^news\.google\.com$/, 'google-news'],
  [/(^|\.)trustpilot\.com$/, 'trustpilot'],
  [/^(maps\.google\.[a-z.]+|www\.google\.[a-z.]+)$/, 'google-maps'],
  [/(^|\.)yelp\.[a-z.]+$/, 'yelp'],
  [/(^|\.)tripadvisor\.[a-z.]+$/, 'tripadvisor'],
  [/^(apps|itunes)\.apple\.com$/, 'app-store'],
  [/^play\.google\.com$/, 'google-play'],
  [/(^|\.)g2\.com$/, 'g2'],
  [/(^|\.)amazon\.[a-z.]+$/, 'amazon'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)facebook\.com$/, 'facebook'],
  [/(^|\.)linkedin\.com$/, 'linkedin'],
];

/** The platform id for a URL, or undefined when the host is not one Vigía knows. */
export function platformOfUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\.(?!google\.)/, '');
  for (const [pattern, platform] of HOSTS) {
    if (!pattern.test(host)) continue;
    if (platform === 'google-maps' && !url.pathname.startsWith('/maps')) return undefined;
    return platform;
  }
  if (/^\/@[A-Za-z0-9_]{1,30}\/\d{6,}$/.test(url.pathname)) return 'mastodon';
  return undefined;
}
