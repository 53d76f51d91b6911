// The shape of one platform in the catalogue: everything Vigía knows about a place mentions come from.
import type { MentionKind } from '../mention.ts';

/** A name shown to people: the same in both languages, or one per language. */
export type PlatformName = string | { en: string; es: string };

/** One platform (one entry in catalogue.ts). Every platform list in the project is derived from these. */
export interface PlatformEntry {
  /** Lowercase id stored as `Mention.platform` (and in mention ids: never change an existing one). */
  id: string;
  /** Display name, English and Spanish. */
  name: PlatformName;
  /** What a mention from here is unless its source says otherwise; reviews count as review sites for the moment rules. */
  kind: Extract<MentionKind, 'review' | 'post' | 'article'>;
  /**
   * Hosts its URLs are on, tested against the lowercase host without a leading "www.". None: the platform
   * is never told from a URL's host, only named by a source (or told from `path` on any host).
   */
  hosts?: RegExp;
  /** The path its URLs must have: on `hosts` when given (Google Maps: /maps), else on any host (Mastodon). */
  path?: RegExp;
  /**
   * A profile or post URL's path → the author's handle (first capture group), on `hosts`. On an entry
   * without hosts it applies on any host and a second capture group names the home server: `user@host`.
   */
  handle?: RegExp;
  /** A post URL → the parts that identify the post whatever form the URL takes (the host is not one of them). */
  postKey?: (url: URL) => string | undefined;
  /**
   * Where a person replies to a post (the text is on their clipboard, and passed where the platform takes
   * it): X's reply intent, Hacker News' reply form, a review site's owner-reply pages. Absent, or
   * undefined for a URL it cannot read: the post's own URL (Reddit's permalink, a Mastodon status).
   */
  replyUrl?: (post: URL, text: string) => string | undefined;
  /** RSSHub route namespaces (first path segment) whose items come from here. */
  rsshub?: readonly string[];
  /** Other ids people write for it (an old name), read as this platform. */
  aliases?: readonly string[];
  /** URLs on it, for docs and the test that every derived list agrees with the catalogue. */
  examples?: {
    /** A post or review, told from its URL (when the entry has hosts or a path) and keyed by `postKey`. */
    post: string;
    /** A profile whose handle `handle` reads; the post's URL is used when absent. */
    profile?: string;
  };
}
