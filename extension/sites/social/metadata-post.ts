// Every social recipe's fallback for a single-post page whose post is not rendered the way the recipe
// expects (a saved page, a logged-out view, a redesign): the post read from the page's own metadata
// (page-metadata.ts). A recipe only says which URLs are one post, how the site names itself in titles and
// where the badge may go; author, text, title, date and rating come from here, never guessed.
import type { MentionKind } from '../../../shared/mention.ts';
import { handleFromUrl } from '../../../shared/author-handle.ts';
import { descriptionByline, titleByline, type Byline } from './metadata-bylines.ts';
import { ldObject, ldPostText, readPageMetadata, type PageMetadata } from './page-metadata.ts';
import { absoluteUrl, cleanText, ldIs, ldString, ratingFrom, toIsoDate } from './post-reading.ts';
import type { BadgePosition, PagePost } from './social-site.ts';

/** How one site's single-post pages are read from their metadata. */
export interface MetadataPostOptions {
  platform: string;
  /** How the site names itself in page titles ("Instagram"; "X", "Twitter"). */
  names: readonly string[];
  /** The post's permalink when `url` is a page about one post; undefined for feeds, profiles, searches. */
  postUrl: (url: URL) => string | undefined;
  /** The author's profile on the site, for a handle the metadata gives. */
  profileUrl?: (handle: string) => string;
  /** Where the badge goes when the page has a place for it (else it floats over the page). */
  anchor?: (document: Document) => { element: Element; position: Exclude<BadgePosition, 'float'> } | undefined;
  /** @default 'post' */
  kind?: MentionKind;
  /**
   * Which description holds the post's words: `first` reads og:description, then twitter:description, then
   * the description meta; `last` the other way round (Reddit's og:description is boilerplate). @default 'first'
   */
  preferDescription?: 'first' | 'last';
  /** Whether titles may be bylines ("Name on X: …"); off where titles are headlines (videos, threads). @default true */
  titleBylines?: boolean;
  /** A title with the site's own wording taken off ("From the lotus community on Reddit: …"). */
  cleanTitle?: (title: string) => string;
  /** Anything the site says in its own way (an id that encodes the date). */
  refine?: (post: PagePost, metadata: PageMetadata, url: URL) => void;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A title without the site's name tacked on (" | LinkedIn", " - YouTube", " • Instagram"). */
function withoutSiteSuffix(title: string, names: readonly string[]): string {
  const site = `(?:${names.map(escape).join('|')})`;
  const bare = title.replace(new RegExp(`\\s+[|\\-–—·•:]\\s+${site}(?:\\s+\\w+)?$`, 'i'), '').trim();
  // A title that is only the site's name ("Instagram") says nothing about the post.
  return new RegExp(`^${site}$`, 'i').test(bare) ? '' : bare;
}

const comparable = (text: string): string => cleanText(text).replace(/(…|\.\.\.)$/, '').toLowerCase();

/** The title, unless it only repeats the text's opening ("<text>… | <name>", as LinkedIn titles posts). */
function headlineOf(title: string, text: string, name: string | undefined): string | undefined {
  const bare = name ? title.replace(new RegExp(`\\s+[|\\-–—·•]\\s+${escape(name)}$`), '') : title;
  const opening = comparable(bare);
  if (opening === '' || (text && comparable(text).startsWith(opening))) return undefined;
  return cleanText(title);
}

function kindOf(metadata: PageMetadata, fallback: MentionKind): MentionKind {
  if (metadata.post && ldIs(metadata.post, 'Review')) return 'review';
  if (metadata.post && ldIs(metadata.post, 'Comment')) return 'comment';
  return fallback;
}

/** The post the metadata describes, or undefined when the page is not one post or says nothing about it. */
export function metadataPost(document: Document, pageUrl: string, options: MetadataPostOptions): PagePost | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const permalink = options.postUrl(url);
  if (!permalink) return undefined;
  const metadata = readPageMetadata(document);
  const ofTitle = (line: string): Byline => (options.titleBylines === false ? { matched: false } : titleByline(line, options.names));
  const ofDescription = (line: string): Byline => descriptionByline(line, options.names);
  const bylines = [...metadata.titles.map(ofTitle), ...metadata.descriptions.map(ofDescription)];
  const descriptions = options.preferDescription === 'last' ? [...metadata.descriptions].reverse() : metadata.descriptions;
  // The first description says the text: plainly, or quoted in a byline (a counts-only byline says none).
  const firstDescription = descriptions[0];
  const described = firstDescription === undefined ? undefined : ofDescription(firstDescription);
  const fromDescription = described?.matched ? described.text : firstDescription;
  const text = ldPostText(metadata.post) ?? fromDescription ?? bylines.find((b) => b.text !== undefined)?.text ?? '';
  const titleLine = metadata.titles[0];
  const rawTitle = ldString(metadata.post, 'headline') ?? (titleLine !== undefined && !ofTitle(titleLine).matched ? titleLine : undefined);
  const title = rawTitle ? withoutSiteSuffix((options.cleanTitle ?? ((t: string) => t))(rawTitle), options.names) : undefined;
  if (!text && !title && !bylines.some((b) => b.matched) && !metadata.author.name) return undefined;

  const placed = options.anchor?.(document);
  const post: PagePost = {
    anchor: placed?.element ?? document.body,
    position: placed?.position ?? 'float',
    platform: options.platform,
    kind: kindOf(metadata, options.kind ?? 'post'),
    url: permalink,
    author: {},
    text,
  };
  const name = metadata.author.name ?? bylines.find((b) => b.name)?.name;
  if (name) post.author.name = name;
  const headline = title && headlineOf(title, text, name);
  if (headline) post.title = headline;
  const fromAuthorUrl = handleFromUrl(absoluteUrl(metadata.author.url, permalink)?.replace(/^http:/, 'https:'));
  const fromPermalink = handleFromUrl(permalink);
  const handle =
    (fromAuthorUrl?.platform === options.platform ? fromAuthorUrl.handle : undefined) ??
    metadata.author.alternateName?.match(/^@([^\s@]+)$/)?.[1] ??
    bylines.find((b) => b.handle)?.handle ??
    (fromPermalink?.platform === options.platform ? fromPermalink.handle : undefined);
  if (handle) post.author.handle = handle.replace(/^@/, '');
  const authorUrl = absoluteUrl(metadata.author.url, permalink) ?? (post.author.handle && options.profileUrl ? options.profileUrl(post.author.handle) : undefined);
  if (authorUrl) post.author.url = authorUrl;

  const publishedAt = toIsoDate(metadata.published) ?? bylines.find((b) => b.date)?.date;
  if (publishedAt) post.publishedAt = publishedAt;
  const rating = ldObject(metadata.post, 'reviewRating');
  const stars = ratingFrom(ldString(rating, 'ratingValue') ?? String(rating?.ratingValue ?? ''), Number(rating?.bestRating ?? 5) || 5);
  if (stars !== undefined) post.rating = stars;
  const lang = ldString(metadata.post, 'inLanguage')?.slice(0, 2).toLowerCase();
  if (lang && /^[a-z]{2}$/.test(lang)) post.lang = lang;
  options.refine?.(post, metadata, url);
  return post;
}

/** A recipe's `pagePost`: its single-post pages read from their metadata. */
export const metadataPostReader =
  (options: MetadataPostOptions) =>
  (document: Document, pageUrl: string): PagePost | undefined =>
    metadataPost(document, pageUrl, options);

/**
 * A rendered post completed with what the page's metadata says about the same post: a saved or
 * half-rendered page often shows the post's frame without its caption, author name or date.
 */
export function completedBy(rendered: PagePost, page: PagePost): PagePost {
  const post: PagePost = { ...rendered, author: { ...page.author, ...rendered.author } };
  if (!post.text && page.text) post.text = page.text;
  for (const key of ['title', 'publishedAt', 'lang', 'rating'] as const) {
    if (post[key] === undefined && page[key] !== undefined) Object.assign(post, { [key]: page[key] });
  }
  return post;
}
