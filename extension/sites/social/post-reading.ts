// Pure helpers recipes read posts with: visible text (emoji images included), attributes, absolute links,
// absolute dates only, ratings, and page metadata (meta tags, JSON-LD).

/** Unicode direction marks sites wrap names in (e.g. Bluesky's U+202A … U+202C). */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'VIGIA-BADGE', 'VIGIA-BADGE-SLOT', 'BUTTON', 'svg']);

/** Collapses whitespace and drops direction marks. */
export const cleanText = (text: string): string => text.replace(BIDI_MARKS, '').replace(/\s+/g, ' ').trim();

/** The text a reader sees in `element`: text nodes plus the alt text of emoji images, collapsed. */
export function readText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIPPED.has(el.tagName)) continue;
        // X and Facebook draw emoji as <img alt="😀">: the alt is part of the sentence.
        if (el.tagName === 'IMG') parts.push(emojiAlt(el.getAttribute('alt')));
        // Block breaks separate words; X's inline <div>s around @mentions do not.
        else if (el.tagName === 'BR' || el.tagName === 'P' || el.tagName === 'LI') {
          parts.push(' ');
          walk(el);
          parts.push(' ');
        } else walk(el);
      }
    }
  };
  walk(element);
  return cleanText(parts.join(''));
}

/** An image's alt when it is a short emoji-like symbol, else nothing (photo descriptions are not the post). */
function emojiAlt(alt: string | null): string {
  if (!alt) return '';
  return alt.length <= 8 && !/[A-Za-z0-9]/.test(alt) ? alt : '';
}

/** Text of the first match of `selector` under `root` (or of `root` itself), undefined when missing or empty. */
export function textAt(root: ParentNode, selector: string): string | undefined {
  const element = root.querySelector(selector);
  if (!element) return undefined;
  const text = readText(element);
  return text === '' ? undefined : text;
}

/** An attribute of the first match, trimmed; undefined when missing or empty. */
export function attrAt(root: ParentNode, selector: string, attribute: string): string | undefined {
  const value = root.querySelector(selector)?.getAttribute(attribute)?.trim();
  return value ? value : undefined;
}

/** An absolute http(s) URL for `href` resolved against the site's origin; undefined otherwise. */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * ISO 8601 (UTC) for a date that states its time zone (`Z`, `+01:00`, `+0000`) or is a bare date; undefined
 * for anything else — a local time without zone or "3 days ago" is not turned into an invented instant.
 */
export function toIsoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(text);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  if (!zoned && !dateOnly) return undefined;
  // Microseconds (Reddit) are more than Date reads: keep milliseconds.
  const time = Date.parse(text.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A rating normalised to 0–1 from "4", "4.5", "Rated 4 out of 5 stars" or "4 estrellas"; undefined when absent. */
export function ratingFrom(value: string | null | undefined, best = 5): number | undefined {
  const match = value ? /(\d+(?:[.,]\d+)?)/.exec(value) : null;
  if (!match?.[1]) return undefined;
  const stars = Number(match[1].replace(',', '.'));
  if (!Number.isFinite(stars) || stars < 0 || stars > best) return undefined;
  return Math.round((stars / best) * 1000) / 1000;
}

/** The content of `<meta property|name|itemprop="key">`, undefined when absent or empty. */
export function metaContent(document: Document, key: string): string | undefined {
  for (const attribute of ['property', 'name', 'itemprop']) {
    const value = document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Every JSON-LD object of the page, with `@graph` and arrays flattened; unreadable blocks are skipped. */
export function jsonLdNodes(document: Document): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(add);
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    nodes.push(node);
    if ('@graph' in node) add(node['@graph']);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block says nothing; the rest of the page still does.
    }
  }
  return nodes;
}

/** A string field of a JSON-LD node, else undefined. */
export const ldString = (node: Record<string, unknown> | undefined, key: string): string | undefined => {
  const value = node?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/** Whether a JSON-LD node has this @type (which may be a list or a full schema.org URL). */
export function ldIs(node: Record<string, unknown>, type: string): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && (t === type || t.endsWith(`/${type}`)));
}
