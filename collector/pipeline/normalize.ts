// Stage 1: raw source items → normalised items (plain text, canonical URL, platform, author handle,
// parsed date). Items with neither title nor text are dropped; a missing or untrusted date stays missing.
import type { Author, MentionKind } from '../../shared/mention.ts';
import { handleFromUrl, normalizeHandle } from '../../shared/author-handle.ts';
import { platformOfUrl } from '../../shared/platform-of-url.ts';
import { mentionKindOfPlatform as kindOf } from '../../shared/platforms/lookup.ts';
import { canonicalUrl } from '../../shared/stable-id.ts';
import type { RawItem } from '../sources/kit/define-source.ts';
import { htmlToText } from './html-to-text.ts';
import { trustedDate } from './normalize-date.ts';

export interface NormalizedItem {
  /** Set when the source computed the stable id itself. */
  id?: string;
  source: string;
  platform: string;
  kind: MentionKind;
  guid?: string;
  url?: string;
  author: Author;
  title?: string;
  text: string;
  rating?: number;
  langHint?: string;
  publishedAt?: string;
  reach?: number;
}

/** Longest text kept per mention; longer posts are cut (the link keeps the whole). */
export const MAX_TEXT_CHARS = 20_000;

/** Control characters have no place in a post (a terminal or a log would obey them); line breaks and tabs stay. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const withoutControls = (text: string) => text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');

/** Plain text from a body or title: HTML read as text, plain text kept as written. */
const plainText = (value: string, html: boolean | undefined) => withoutControls(html ? htmlToText(value) : value).trim();

function authorOf(item: RawItem, url: string | undefined, platform: string): Author {
  const raw = item.author ?? {};
  const fromProfile = handleFromUrl(raw.url);
  const fromPost = platform === 'mastodon' ? handleFromUrl(url) : undefined;
  const nameAsHandle = raw.name && /^\/?u\/\w/.test(raw.name) ? normalizeHandle(raw.name) : undefined;
  const handle = raw.handle ? normalizeHandle(raw.handle) : (fromProfile?.handle ?? fromPost?.handle ?? nameAsHandle);
  const name = raw.name ? withoutControls(raw.name).replace(/^\/u\//, 'u/').trim() || undefined : undefined;
  return { name, handle, url: raw.url ?? (fromPost ? `${new URL(url!).origin}/@${fromPost.handle.split('@')[0]}` : undefined) };
}

/** Text a platform's feed appends to every item, which says nothing about the post. */
const BOILERPLATE: Record<string, RegExp> = {
  // Reddit's RSS/Atom: "submitted by /u/name [link] [comments]"
  reddit: /\s*submitted by\s+\/?u\/[\w-]+\s*(\[link\])?\s*(\[comments\])?\s*$/i,
};

/** `now` is when the items were collected: dates later than a day after it are not trusted. */
export function normalizeItems(items: readonly RawItem[], source: { id: string; platform?: string }, now: Date = new Date()): NormalizedItem[] {
  const out: NormalizedItem[] = [];
  for (const item of items) {
    const url = canonicalUrl(item.url);
    const platform = item.platform ?? source.platform ?? platformOfUrl(url) ?? 'rss';
    const body = item.content ? plainText(item.content, item.html) : '';
    const text = body.replace(BOILERPLATE[platform] ?? /$^/, '').slice(0, MAX_TEXT_CHARS);
    const title = item.title ? plainText(item.title, item.titleHtml).replace(/\s+/g, ' ').slice(0, 1000) || undefined : undefined;
    if (!text && !title) continue;
    out.push({
      id: item.id,
      source: source.id,
      platform,
      kind: item.kind ?? kindOf(platform),
      guid: item.guid?.trim() || undefined,
      url,
      author: authorOf(item, url, platform),
      title,
      text: text || title || '',
      rating: item.rating !== undefined && item.rating >= 0 && item.rating <= 1 ? item.rating : undefined,
      langHint: item.lang,
      publishedAt: trustedDate(item.publishedAt, now),
      reach: item.reach !== undefined && Number.isFinite(item.reach) && item.reach >= 0 ? item.reach : undefined,
    });
  }
  return out;
}
