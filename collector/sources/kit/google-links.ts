// Google's wrapped links, unwrapped to the publisher's own URL where the link itself carries it:
// Alerts' /url?url=… redirects, and Google News article ids that embed the URL (older CBMi… ids).

/** The target of a google.com/url?…&url=TARGET redirect, else the link unchanged. */
export function unwrapGoogleRedirect(link: string | undefined): string | undefined {
  if (!link) return link;
  try {
    const url = new URL(link);
    const target = url.searchParams.get('url') ?? url.searchParams.get('q');
    if (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url' && target && /^https?:\/\//.test(target)) return target;
  } catch {
    // not a URL: leave it as it is
  }
  return link;
}

function readVarint(bytes: Uint8Array, at: number): [value: number, next: number] | undefined {
  let value = 0;
  for (let shift = 0, i = at; i < bytes.length && shift < 35; shift += 7, i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, i + 1];
  }
  return undefined;
}

/** The first http(s) string field of a small protobuf message (what a Google News article id is). */
function firstUrlField(bytes: Uint8Array): string | undefined {
  for (let at = 0; at < bytes.length; ) {
    const tag = readVarint(bytes, at);
    if (!tag) return undefined;
    const [key, afterTag] = tag;
    const wire = key & 7;
    if (wire === 0) {
      at = readVarint(bytes, afterTag)?.[1] ?? bytes.length;
      continue;
    }
    if (wire !== 2) return undefined;
    const length = readVarint(bytes, afterTag);
    if (!length) return undefined;
    const [size, start] = length;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(start, start + size));
    if (/^https?:\/\/[^\s\u0000-\u001f]+$/.test(text)) return text;
    at = start + size;
  }
  return undefined;
}

/**
 * The article URL inside a news.google.com/rss/articles/ID link when the id embeds it (ids starting
 * "CBMi" are base64url protobuf with the URL in field 4); newer opaque ids give undefined.
 */
export function googleNewsArticleUrl(link: string | undefined): string | undefined {
  if (!link) return undefined;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const id = /^\/(?:rss\/)?articles\/([\w-]+)/.exec(url.pathname)?.[1];
  if (url.hostname !== 'news.google.com' || !id) return undefined;
  const bytes = Uint8Array.from(Buffer.from(id, 'base64url'));
  return firstUrlField(bytes);
}
