// The live posts written into the fixture feeds the way each real site writes them (Reddit's Atom search,
// a Mastodon tag's RSS, Google News' RSS), newest first above the fixture items; and the fixture items'
// dates moved to "recently", so a new start never begins with posts from weeks ago.
import type { DemoFeed, DemoPost } from './live-post.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** HTML inside XML: escaped once as HTML, then once more as XML text. */
const htmlInXml = (html: string) => escapeXml(html);
const rfc822 = (iso: string) => new Date(iso).toUTCString().replace('GMT', '+0000');

function redditEntry(post: DemoPost): string {
  const user = post.author;
  const html = `<!-- SC_OFF --><div class="md"><p>${escapeXml(post.text)}</p></div><!-- SC_ON --> &#32; submitted by &#32; <a href="https://www.reddit.com/user/${user}"> /u/${user} </a> <br/> <span><a href="${post.url}">[link]</a></span>`;
  const id = post.url.split('/comments/')[1]?.split('/')[0] ?? '';
  return `   <entry>
      <author>
         <name>/u/${escapeXml(user)}</name>
         <uri>https://www.reddit.com/user/${escapeXml(user)}</uri>
      </author>
      <category term="${escapeXml(post.place ?? '')}" label="r/${escapeXml(post.place ?? '')}" />
      <content type="html">${htmlInXml(html)}</content>
      <id>t3_${id}</id>
      <link href="${escapeXml(post.url)}" />
      <updated>${post.publishedAt}</updated>
      <published>${post.publishedAt}</published>
      <title>${escapeXml(post.title ?? '')}</title>
   </entry>
`;
}

function mastodonItem(post: DemoPost): string {
  const instance = new URL(post.url).host;
  // Hashtags become links, as Mastodon renders them.
  const html = `<p>${escapeXml(post.text).replace(/#(\p{L}+)/gu, (_, tag: string) => `<a href="https://${instance}/tags/${tag.toLowerCase()}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`)}</p>`;
  return `         <item>
            <guid isPermaLink="true">${escapeXml(post.url)}</guid>
            <link>${escapeXml(post.url)}</link>
            <pubDate>${rfc822(post.publishedAt)}</pubDate>
            <description>${htmlInXml(html)}</description>
            <category>lumora</category>
         </item>
`;
}

function newsItem(post: DemoPost): string {
  const guid = new URL(post.url).pathname.split('/').pop() ?? '';
  const html = `<a href="${post.url}" target="_blank">${escapeXml(post.text)}</a>&nbsp;&nbsp;<font color="#6f6f6f">${escapeXml(post.author)}</font>`;
  return `      <item>
         <title>${escapeXml(post.title ?? post.text)}</title>
         <link>${escapeXml(post.url)}</link>
         <guid isPermaLink="false">${escapeXml(guid)}</guid>
         <pubDate>${rfc822(post.publishedAt)}</pubDate>
         <description>${htmlInXml(html)}</description>
         <source url="https://${escapeXml(post.place ?? '')}">${escapeXml(post.author)}</source>
      </item>
`;
}

const RENDER: Record<DemoFeed, (post: DemoPost) => string> = { reddit: redditEntry, mastodon: mastodonItem, news: newsItem };

/** The feed with `posts` (newest first) inserted before its first item, or before its end when it has none. */
export function withLivePosts(xml: string, feed: DemoFeed, posts: readonly DemoPost[]): string {
  if (!posts.length) return xml;
  const items = posts.map(RENDER[feed]).join('');
  const first = xml.search(feed === 'reddit' ? /[ \t]*<entry>/ : /[ \t]*<item>/);
  const at = first >= 0 ? first : xml.search(feed === 'reddit' ? /<\/feed>/ : /<\/channel>/);
  if (at < 0) throw new Error(`demo feed (${feed}): no place to put live posts`);
  return xml.slice(0, at) + items + xml.slice(at);
}

const ISO_DATE = /(<(?:updated|published)>)([^<]+)(<\/)/g;
const RFC_DATE = /(<(?:pubDate|lastBuildDate)>)([^<]+)(<\/)/g;

/** The newest date in a feed (Atom or RSS), in epoch ms; NaN when it has none. */
export function newestDate(xml: string): number {
  const dates = [...xml.matchAll(ISO_DATE), ...xml.matchAll(RFC_DATE)].map((m) => Date.parse(m[2]!)).filter((ms) => !Number.isNaN(ms));
  return dates.length ? Math.max(...dates) : Number.NaN;
}

/** Every date of the feed moved by `shiftMs`, each kept in its own format. */
export function shiftDates(xml: string, shiftMs: number): string {
  return xml
    .replace(ISO_DATE, (whole, open: string, date: string, close: string) => {
      const ms = Date.parse(date);
      return Number.isNaN(ms) ? whole : `${open}${new Date(ms + shiftMs).toISOString().replace('.000Z', '+00:00')}${close}`;
    })
    .replace(RFC_DATE, (whole, open: string, date: string, close: string) => {
      const ms = Date.parse(date);
      return Number.isNaN(ms) ? whole : `${open}${rfc822(new Date(ms + shiftMs).toISOString())}${close}`;
    });
}
