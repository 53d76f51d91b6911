// URLs from feeds and pages are untrusted text: parse one without throwing.

/** The parsed URL, or undefined for no text or text that is not an absolute URL. */
export function parseUrl(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}
