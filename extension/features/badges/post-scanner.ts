// Finds the posts on the page that have no badge yet: the recipe's posts (also those infinite scroll
// added since the last scan) and, once, the post a permalink page describes only in its metadata.
import { completedBy } from '../../sites/social/metadata-post.ts';
import { postKeyOf } from '../../sites/social/post-key.ts';
import { readPosts, type PagePost, type SocialSite } from '../../sites/social/social-site.ts';

/** A post seen for the first time, with the key its badge is known by on this page. */
export interface FoundPost {
  key: string;
  post: PagePost;
  /** The badge of the post this element showed before (virtualised lists reuse elements). */
  replaces?: string;
}

/** What tells two posts in the same element apart: their link, else the start of their text. */
const identityOf = (post: PagePost): string => post.url ?? `${post.author.handle ?? post.author.name ?? ''}\n${post.text.slice(0, 120)}`;

/** Most posts taken in one scan: a page that renders thousands at once gets them over a few scans. @default 200 */
export const SCAN_LIMIT = 200;

export function createPostScanner(site: SocialSite, document: Document, pageUrl: () => string) {
  const seen = new WeakMap<Element, { key: string; identity: string }>();
  const pagePostsSeen = new Set<string>();
  let counter = 0;
  const nextKey = (): string => `${site.id}-${++counter}`;

  return {
    /** Forgets an element, so the next scan badges it again (the page re-rendered away its badge). */
    forget(element: Element): void {
      seen.delete(element);
    },
    /** The posts not badged yet, in page order. */
    scan(limit: number = SCAN_LIMIT): FoundPost[] {
      const found: FoundPost[] = [];
      const posts = readPosts(site, document);
      for (const post of posts) {
        if (found.length >= limit) break;
        if (!post.element) continue;
        const before = seen.get(post.element);
        const identity = identityOf(post);
        if (before?.identity === identity) continue;
        const key = nextKey();
        seen.set(post.element, { key, identity });
        found.push(before ? { key, post, replaces: before.key } : { key, post });
      }
      const url = pageUrl();
      const page = site.pagePost?.(document, url);
      const pageKey = page ? (postKeyOf(site.platform, page.url) ?? url) : undefined;
      // A rendered post the page's metadata is about gets from it what its markup lacks (a caption, a name).
      if (page) for (const entry of found) if (postKeyOf(site.platform, entry.post.url) === pageKey) entry.post = completedBy(entry.post, page);
      // The page's own post, unless it is rendered as a post already (it then has its badge).
      if (page && pageKey && !pagePostsSeen.has(pageKey) && !posts.some((p) => postKeyOf(site.platform, p.url) === pageKey)) {
        pagePostsSeen.add(pageKey);
        found.push({ key: nextKey(), post: page });
      }
      return found;
    },
  };
}
