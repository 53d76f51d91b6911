// Where "Reply" takes a person: the platform's reply page for the post (its catalogue entry's `replyUrl`),
// else the post itself. Only http(s) URLs are ever opened: a feed's `javascript:` link stays closed.
import type { Mention } from '../mention.ts';
import { platformEntry } from '../platforms/lookup.ts';
import { parseUrl } from '../platforms/parse-url.ts';

/** The page to open to reply to the mention (with `text` passed where the platform takes it), or undefined when it has no web address. */
export function replyUrlOf(mention: Pick<Mention, 'platform' | 'url'>, text = ''): string | undefined {
  const post = parseUrl(mention.url);
  if (!post || (post.protocol !== 'https:' && post.protocol !== 'http:')) return undefined;
  const rule = platformEntry(mention.platform)?.replyUrl;
  return rule?.(post, text) ?? post.href;
}
