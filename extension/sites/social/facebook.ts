// Facebook: posts in feeds and groups (`div[role="article"]` with an `aria-posinset`, or the post's message
// block) and comments (`div[role="article"][aria-label^="Comment by"]`). Dates are obfuscated: none is read.
// A post page without those (logged out, saved) is read from its metadata.
import { metadataPostReader } from './metadata-post.ts';
import { absoluteUrl, readText, textAt } from './post-reading.ts';
import { defineSocialSite, type PagePost } from './social-site.ts';

const ORIGIN = 'https://www.facebook.com';

export function isFacebookPage(url: string): boolean {
  try {
    return /(^|\.)facebook\.com$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** facebook.com/<username> (not profile.php, not a post path) → the username. */
function handleOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const segment = /^\/([A-Za-z0-9.]{5,50})\/?$/.exec(new URL(url).pathname)?.[1];
  return segment && !['profile.php', 'groups', 'watch', 'photo', 'story.php'].includes(segment) ? segment.toLowerCase() : undefined;
}

export function readFacebookThing(element: Element): PagePost | undefined {
  const comment = /^(Comment by|Comentario de) /i.test(element.getAttribute('aria-label') ?? '');
  const body = comment
    ? element.querySelector('div[dir="auto"]')
    : element.querySelector('div[data-ad-preview="message"], div[data-ad-comet-preview="message"]');
  if (!body) return undefined;
  const authorLink = element.querySelector(comment ? 'a[role="link"][href]' : 'h2 a[href], h3 a[href], h4 a[href], strong a[href]');
  const post: PagePost = { element, anchor: body, position: 'afterend', platform: 'facebook', kind: comment ? 'comment' : 'post', author: {}, text: readText(body) };
  const name = authorLink ? readText(authorLink) : textAt(element, 'h2, h3, h4, strong');
  if (name) post.author.name = name;
  const profile = absoluteUrl(authorLink?.getAttribute('href')?.split('?')[0], ORIGIN);
  if (profile) {
    post.author.url = profile;
    const handle = handleOf(profile);
    if (handle) post.author.handle = handle;
  }
  const permalink = [...element.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').find((href) => /\/posts\/|\/permalink\/|story_fbid=|comment_id=/.test(href));
  const url = absoluteUrl(permalink, ORIGIN);
  if (url) post.url = url;
  return post;
}

/** A post's own page: `/<page>/posts/<id>`, `/groups/<g>/posts/<id>`, `/<page>/videos/<id>`, `/reel/<id>`, `/permalink.php?story_fbid=…&id=…`. */
function facebookPostUrl(url: URL): string | undefined {
  if (!isFacebookPage(url.href)) return undefined;
  if (/^\/(?:[\w.-]+\/posts|groups\/[\w.-]+\/(?:posts|permalink)|[\w.-]+\/videos|reel|share\/[pv])\/[\w-]+\/?$/.test(url.pathname)) return `${ORIGIN}${url.pathname}`;
  const story = url.searchParams.get('story_fbid');
  if (/^\/(permalink|story)\.php$/.test(url.pathname) && story) return `${ORIGIN}${url.pathname}?story_fbid=${encodeURIComponent(story)}&id=${encodeURIComponent(url.searchParams.get('id') ?? '')}`;
  return undefined;
}

/** A post page from its metadata: og:description is the post; og:title names a page, a person or a group, so it is neither title nor author. */
export const facebookPagePost = metadataPostReader({ platform: 'facebook', names: ['Facebook'], titleBylines: false, cleanTitle: () => '', postUrl: facebookPostUrl });

export default defineSocialSite({
  id: 'facebook',
  name: 'Facebook',
  platform: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://m.facebook.com/*'],
  isPage: isFacebookPage,
  posts: 'div[role="article"][aria-posinset], div[role="article"][aria-label^="Comment by"], div[role="article"][aria-label^="Comentario de"]',
  readPost: readFacebookThing,
  pagePost: facebookPagePost,
});
