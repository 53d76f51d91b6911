// The shape of a social or review-site recipe: which pages it knows, how it finds the posts on them and
// reads each one (author, text, link, date), and where the sentiment badge goes.
import type { Author, MentionKind } from '../../../shared/mention.ts';

/** Where a badge is put relative to its anchor; `float` pins it to the viewport (a page without a post element). */
export type BadgePosition = 'afterend' | 'beforeend' | 'afterbegin' | 'float';

/** One post, comment or review as a recipe reads it from the page. */
export interface PagePost {
  /** The post's root element (undefined for a page post read from metadata only). */
  element?: Element;
  /** The element the badge is placed against. */
  anchor: Element;
  position: BadgePosition;
  /** The slot the badge host takes when its parent is a web component that only renders slotted children. */
  slot?: string;
  platform: string;
  kind: MentionKind;
  /** Absolute permalink on the real site; absent when the page shows none. */
  url?: string;
  /** The platform's own id of the post or review, when the page shows it (Maps' data-review-id). */
  externalId?: string;
  /** What the page says about the author; fields the page does not show stay absent (never guessed). */
  author: Author;
  title?: string;
  /** Plain text (may be empty for a post that is only media). */
  text: string;
  /** 0 … 1 where the site has a rating (5 stars of 5 → 1). */
  rating?: number;
  /** ISO 8601 when the page gives an absolute date; relative dates ("3 d ago") are left out. */
  publishedAt?: string;
  /** Language the page declares for the text (ISO 639-1). */
  lang?: string;
}

/** One site (one file under extension/sites/social/, listed in social-registry.ts). */
export interface SocialSite {
  /** kebab-case id, the file's name, also the fixture path segment (`/social-fixtures/<id>/`). */
  id: string;
  name: string;
  /** The platform id mentions from this site carry (shared/mention.ts KNOWN_PLATFORMS). */
  platform: string;
  /** Manifest match patterns of the real site. */
  matches: string[];
  /** Pure: whether this URL is a page of this site with posts or reviews on it. */
  isPage: (url: string) => boolean;
  /** CSS selector of a post, comment or review root. */
  posts: string;
  /** Reads one post root; undefined when it is not one after all (ad, placeholder, still loading). */
  readPost: (element: Element) => PagePost | undefined;
  /** The post a permalink page is about, from its metadata, for pages that do not render it as a post. */
  pagePost?: (document: Document, pageUrl: string) => PagePost | undefined;
}

/** Declares a recipe (identity function that checks the shape). */
export const defineSocialSite = (site: SocialSite): SocialSite => site;

/** Every post under `root` the recipe can read, in page order (unreadable roots skipped; nested replies are posts too). */
export function readPosts(site: SocialSite, root: ParentNode): PagePost[] {
  const posts: PagePost[] = [];
  for (const element of root.querySelectorAll(site.posts)) {
    const post = site.readPost(element);
    if (post) posts.push(post);
  }
  return posts;
}
