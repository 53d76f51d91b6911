// What a page says about itself for link previews and search engines — Open Graph, Twitter cards, the
// description, JSON-LD, schema.org microdata, oEmbed discovery links — gathered once, as plain strings.
// Saved social pages often render no post at all (no `article`, no feed) yet carry all of this.
import { absoluteUrl, cleanText, jsonLdNodes, ldIs, ldString, metaContent } from './post-reading.ts';

/** The JSON-LD types that describe one post, video, photo or review (not the site, a breadcrumb or a profile). */
const POST_TYPES = ['SocialMediaPosting', 'DiscussionForumPosting', 'BlogPosting', 'NewsArticle', 'Article', 'VideoObject', 'ImageObject', 'Review', 'Comment'];

/** A page's metadata, each field as the page wrote it (whitespace collapsed, entities decoded). */
export interface PageMetadata {
  /** og:title, twitter:title, the oEmbed link's title, then `<title>`, in that order, without repeats. */
  titles: string[];
  /** og:description, twitter:description, then the description meta, without repeats. */
  descriptions: string[];
  /** og:type (`article`, `profile`, `video.other`…). */
  type?: string;
  /** og:url, the canonical link, then the URL an oEmbed link is about. */
  urls: string[];
  /** The JSON-LD node about the post itself, if the page has one. */
  post?: Record<string, unknown>;
  /** Who wrote it, from JSON-LD, microdata or the author meta tags (each field only when stated). */
  author: { name?: string; alternateName?: string; url?: string };
  /** The post's date as written (JSON-LD, article:published_time, microdata). */
  published?: string;
}

/** HTML entities some sites leave inside JSON-LD strings (`It&#39;s`). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return named[code.toLowerCase()] ?? whole;
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

const clean = (value: string | undefined): string | undefined => {
  const text = value === undefined ? undefined : cleanText(decodeEntities(value));
  return text ? text : undefined;
};

const distinct = (values: (string | undefined)[]): string[] => [...new Set(values.map(clean).filter((v): v is string => v !== undefined))];

/** A JSON-LD value that is an object (an author, a rating), else undefined. */
export const ldObject = (node: Record<string, unknown> | undefined, key: string): Record<string, unknown> | undefined => {
  const value = node?.[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' ? (first as Record<string, unknown>) : undefined;
};

/** The discovery link of an oEmbed endpoint: its title, and the page it describes (`?url=`). */
function oembedOf(document: Document): { title?: string; url?: string } {
  const link = document.querySelector('link[type="application/json+oembed"], link[type="text/xml+oembed"], link[rel="alternate"][href*="/oembed?"]');
  if (!link) return {};
  const found: { title?: string; url?: string } = {};
  const title = link.getAttribute('title') ?? undefined;
  if (title) found.title = title;
  try {
    const about = new URL(link.getAttribute('href') ?? '', 'https://oembed.invalid/').searchParams.get('url');
    const url = absoluteUrl(about, 'https://oembed.invalid/');
    if (url && !url.includes('oembed.invalid')) found.url = url;
  } catch {
    // A broken link names nothing.
  }
  return found;
}

/** The author schema.org microdata marks (`itemprop="author"`, with a nested name and url or as plain text). */
function microdataAuthor(document: Document): PageMetadata['author'] {
  const element = document.querySelector('[itemprop="author"]');
  if (!element) return {};
  const nameElement = element.querySelector('[itemprop="name"]');
  const name = clean(nameElement?.getAttribute('content') ?? nameElement?.textContent ?? (element.children.length === 0 ? element.textContent : undefined) ?? undefined);
  const urlElement = element.querySelector('[itemprop="url"]') ?? (element.matches('a[href]') ? element : null);
  const url = urlElement?.getAttribute('href') ?? urlElement?.getAttribute('content') ?? undefined;
  return { ...(name && name.length <= 80 ? { name } : {}), ...(url ? { url } : {}) };
}

export function readPageMetadata(document: Document): PageMetadata {
  const post = jsonLdNodes(document).find((node) => POST_TYPES.some((type) => ldIs(node, type)));
  const oembed = oembedOf(document);
  const ldAuthor = ldObject(post, 'author');
  const micro = microdataAuthor(document);
  const metaAuthor = clean(metaContent(document, 'author') ?? metaContent(document, 'article:author'));
  const author: PageMetadata['author'] = {};
  const name = clean(ldString(ldAuthor, 'name')) ?? micro.name ?? (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : undefined);
  if (name) author.name = name;
  const alternateName = clean(ldString(ldAuthor, 'alternateName'));
  if (alternateName) author.alternateName = alternateName;
  const mainEntity = ldObject(ldAuthor, 'mainEntityofPage') ?? ldObject(ldAuthor, 'mainEntityOfPage');
  const url = ldString(ldAuthor, 'url') ?? ldString(mainEntity, '@id') ?? micro.url ?? (metaAuthor && /^https?:/.test(metaAuthor) ? metaAuthor : undefined);
  if (url) author.url = url;
  const metadata: PageMetadata = {
    titles: distinct([metaContent(document, 'og:title'), metaContent(document, 'twitter:title'), oembed.title, document.title]),
    descriptions: distinct([metaContent(document, 'og:description'), metaContent(document, 'twitter:description'), metaContent(document, 'description')]),
    urls: distinct([metaContent(document, 'og:url'), document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined, oembed.url]),
    author,
  };
  const type = metaContent(document, 'og:type');
  if (type) metadata.type = type;
  if (post) metadata.post = post;
  const published =
    ldString(post, 'datePublished') ?? ldString(post, 'uploadDate') ?? ldString(post, 'dateCreated') ?? metaContent(document, 'article:published_time') ?? metaContent(document, 'datePublished') ?? metaContent(document, 'uploadDate');
  if (published) metadata.published = published;
  return metadata;
}

/** The post's own text in its JSON-LD (body, text, caption, description), entities decoded. */
export function ldPostText(post: Record<string, unknown> | undefined): string | undefined {
  for (const key of ['articleBody', 'text', 'reviewBody', 'caption', 'description']) {
    const text = clean(ldString(post, key));
    if (text) return text;
  }
  return undefined;
}
