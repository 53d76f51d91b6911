// Finds the posts on the page that have no badge yet: the recipe's posts (also those infinite scroll
// added since the last scan) and, once, the post a permalink page describes only in its metadata.
import { postKeyOf } from '../../sites/post-key.ts';
import { readPosts, type PagePost, type SocialSite } from '../../sites/social-site.ts';

/** A post seen for the first time, with the key its badge is known by on this page. */
export interface FoundPost {
  key: string;
  post: PagePost;
}

/** Most posts taken in one scan: a page that renders thousands at once gets them over a few scans. @default 200 */
export const SCAN_LIMIT = 200;

export function createPostScanner(site: SocialSite, document: Document, pageUrl: () => string) {
  const seen = new WeakSet<Element>();
  const pagePostsSeen = new Set<string>();
  let counter = 0;
  const nextKey = (): string => `${site.id}-${++counter}`;

  return {
    /** The posts not badged yet, in page order. */
    scan(limit: number = SCAN_LIMIT): FoundPost[] {
      const found: FoundPost[] = [];
      const posts = readPosts(site, document);
      for (const post of posts) {
        if (found.length >= limit) break;
        if (!post.element || seen.has(post.element)) continue;
        seen.add(post.element);
        found.push({ key: nextKey(), post });
      }
      const url = pageUrl();
      const page = site.pagePost?.(document, url);
      const pageKey = page ? (postKeyOf(site.platform, page.url) ?? url) : undefined;
      // The page's own post, unless it is rendered as a post already (it then has its badge).
      if (page && pageKey && !pagePostsSeen.has(pageKey) && !posts.some((p) => postKeyOf(site.platform, p.url) === pageKey)) {
        pagePostsSeen.add(pageKey);
        found.push({ key: nextKey(), post: page });
      }
      return found;
    },
  };
}
