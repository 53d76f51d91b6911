// Stage 1: raw source items → normalised items (plain text, canonical URL, platform, author handle,
// parsed date). Items with neither title nor text are dropped; a missing date stays missing.
import type { Author, MentionKind } from '../../shared/mention.ts';
import { handleFromUrl, normalizeHandle } from '../../shared/author-handle.ts';
import { platformOfUrl } from '../../shared/platform-of-url.ts';
import { mentionKindOfPlatform as kindOf } from '../../shared/platforms/lookup.ts';
import { canonicalUrl } from '../../shared/stable-id.ts';
import type { RawItem } from '../sources/define-source.ts';
import { htmlToText } from './html-to-text.ts';

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

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function authorOf(item: RawItem, url: string | undefined, platform: string): Author {
  const raw = item.author ?? {};
  const fromProfile = handleFromUrl(raw.url);
  const fromPost = platform === 'mastodon' ? handleFromUrl(url) : undefined;
  const nameAsHandle = raw.name && /^\/?u\/\w/.test(raw.name) ? normalizeHandle(raw.name) : undefined;
  const handle = raw.handle ? normalizeHandle(raw.handle) : (fromProfile?.handle ?? fromPost?.handle ?? nameAsHandle);
  const name = raw.name?.replace(/^\/u\//, 'u/').trim() || undefined;
  return { name, handle, url: raw.url ?? (fromPost ? `${new URL(url!).origin}/@${fromPost.handle.split('@')[0]}` : undefined) };
}

/** Text a platform's feed appends to every item, which says nothing about the post. */
const BOILERPLATE: Record<string, RegExp> = {
  // Reddit's RSS/Atom: "submitted by /u/name [link] [comments]"
  reddit: /\s*submitted by\s+\/?u\/[\w-]+\s*(\[link\])?\s*(\[comments\])?\s*$/i,
};

export function normalizeItems(items: readonly RawItem[], source: { id: string; platform?: string }): NormalizedItem[] {
  const out: NormalizedItem[] = [];
  for (const item of items) {
    const url = canonicalUrl(item.url);
    const platform = item.platform ?? source.platform ?? platformOfUrl(url) ?? 'rss';
    const body = item.content ? (item.html ? htmlToText(item.content) : item.content.trim()) : '';
    const text = body.replace(BOILERPLATE[platform] ?? /$^/, '').slice(0, MAX_TEXT_CHARS);
    const title = item.title ? htmlToText(item.title).slice(0, 1000) || undefined : undefined;
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
      publishedAt: isoDate(item.publishedAt),
      reach: item.reach !== undefined && Number.isFinite(item.reach) && item.reach >= 0 ? item.reach : undefined,
    });
  }
  return out;
}
