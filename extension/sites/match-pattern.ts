// Extension match patterns ("https://*.zendesk.com/agent/*") tested against URLs, as Chrome applies them.

/** Raised for a string that is not a match pattern. */
export class MatchPatternError extends Error {
  override name = 'MatchPatternError';
}

const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Compiles a pattern to a URL test. Ports are ignored, as in Chrome. */
export function compileMatchPattern(pattern: string): (url: string) => boolean {
  if (pattern === '<all_urls>') return (url) => /^https?:/.test(url);
  const parts = PATTERN.exec(pattern);
  if (!parts) throw new MatchPatternError(`sites: not a match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = ''] = parts;
  const hostTest = host === '*' ? () => true : host.startsWith('*.') ? (h: string) => h === host.slice(2) || h.endsWith(host.slice(1)) : (h: string) => h === host;
  const pathTest = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    const protocol = parsed.protocol.slice(0, -1);
    if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
    return hostTest(parsed.hostname) && pathTest.test(parsed.pathname + parsed.search);
  };
}

/** True when the URL matches any of the patterns. */
export function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((pattern) => compileMatchPattern(pattern)(url));
}

/** The pattern that grants one site (all paths, any port): `https://crm.lumora.example/*`. */
export function originPatternOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}
