// One post the live demo publishes on its fixture web, and the permalinks it gets on the site it imitates
// (Reddit, Mastodon, Google News): shaped like the real sites' so the collector and the badges read them
// as they would the real thing.

/** The feed a post appears in (the fixture web serves one per platform). */
export type DemoFeed = 'reddit' | 'mastodon' | 'news';

/** Why the demo published it: background chatter, a step of a customer's story, or part of a spike. */
export type DemoPostKind = 'chatter' | 'story' | 'reply' | 'spike';

export interface DemoPost {
  feed: DemoFeed;
  kind: DemoPostKind;
  lang: 'en' | 'es';
  /** ISO 8601: when it was published (the demo stamps posts with the moment they appear). */
  publishedAt: string;
  /** Reddit user name, Mastodon `user@instance`, or the news outlet's name. */
  author: string;
  /** Reddit and news posts have one; Mastodon posts do not. */
  title?: string;
  /** Plain text. */
  text: string;
  /** Permalink on the imitated site; also the post's identity (the collector keys the mention by it). */
  url: string;
  /** Reddit: the subreddit; news: the outlet's domain. */
  place?: string;
}

/** Lowercase ASCII words joined by `_`, as Reddit slugs titles (at most six words). */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.slice(0, 6).join('_') || 'post';
}

/** An id unique to this instant and counter (base 36, like Reddit's), so posts of later starts never collide. */
export const redditId = (ms: number, counter: number): string => (BigInt(ms) * 100n + BigInt(counter % 100)).toString(36);

/** A Mastodon-style snowflake: milliseconds shifted left 16 bits, plus a counter. */
export const mastodonId = (ms: number, counter: number): string => ((BigInt(ms) << 16n) + BigInt(counter % 65_536)).toString();

export function redditUrl(subreddit: string, id: string, title: string): string {
  return `https://www.reddit.com/r/${subreddit}/comments/${id}/${slugOf(title)}/`;
}

/** `marta_rz@mastodon.social` → `https://mastodon.social/@marta_rz/<id>`. */
export function mastodonUrl(account: string, id: string): string {
  const [user, instance] = account.split('@');
  return `https://${instance}/@${user}/${id}`;
}

/** Google News wraps the outlet's link in an opaque base64 token; the demo's token wraps the outlet URL. */
export function newsUrl(domain: string, headline: string, ms: number): string {
  const token = `CBMi${Buffer.from(`https://${domain}/${slugOf(headline).replace(/_/g, '-')}-${ms.toString(36)}`).toString('base64url')}`;
  return `https://news.google.com/rss/articles/${token}?oc=5`;
}
