// Demo pages shaped like the real sites' (the markup their recipes in extension/sites/ read: Reddit's
// shreddit posts, X's tweet articles, Trustpilot's review cards, Google Maps' review blocks), one per site
// and language, under /sites/<recipe id>/ on the demo web. The demo build runs the badges there
// (extension/sites/demo-social.ts). Texts, names and ids are invented.
import { SITE_POSTS, type SitePost } from './site-posts.ts';

export type DemoSiteId = 'reddit' | 'x' | 'trustpilot' | 'google-maps';

export interface SitePage {
  site: DemoSiteId;
  lang: 'en' | 'es';
  label: string;
  path: string;
  title: string;
}

const SITE_NAMES: Record<DemoSiteId, string> = { reddit: 'Reddit', x: 'X', trustpilot: 'Trustpilot', 'google-maps': 'Google Maps' };
const PAGE_PATHS: Record<DemoSiteId, Record<'en' | 'es', string>> = {
  reddit: { es: '/sites/reddit/r/LumoraES/', en: '/sites/reddit/r/LumoraUK/' },
  x: { es: '/sites/x/search/lumora-es', en: '/sites/x/search/lumora-en' },
  trustpilot: { es: '/sites/trustpilot/review/lumora.example-es', en: '/sites/trustpilot/review/lumora.example' },
  'google-maps': { es: '/sites/google-maps/maps/place/Lumora+Valencia', en: '/sites/google-maps/maps/place/Lumora+Manchester' },
};
const TITLES: Record<DemoSiteId, Record<'en' | 'es', string>> = {
  reddit: { es: 'r/LumoraES', en: 'r/LumoraUK' },
  x: { es: 'lumora - Búsqueda / X', en: 'lumora - Search / X' },
  trustpilot: { es: 'Opiniones de Lumora | Trustpilot', en: 'Lumora Reviews | Trustpilot' },
  'google-maps': { es: 'Tienda Lumora Valencia - Google Maps', en: 'Lumora Store Manchester - Google Maps' },
};

export const SITE_PAGES: readonly SitePage[] = (Object.keys(SITE_NAMES) as DemoSiteId[]).flatMap((site) =>
  (['en', 'es'] as const).map((lang) => ({
    site,
    lang,
    label: `${SITE_NAMES[site]}-like page (${lang.toUpperCase()})`,
    path: PAGE_PATHS[site][lang],
    title: TITLES[site][lang],
  })),
);

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function reddit(post: SitePost, page: SitePage): string {
  const sub = TITLES.reddit[page.lang];
  const permalink = `/${sub}/comments/${post.id}/${post.slug}/`;
  return `<shreddit-post id="t3_${post.id}" author="${esc(post.handle)}" subreddit-prefixed-name="${sub}" post-type="text" permalink="${permalink}" post-title="${esc(post.title)}" created-timestamp="${post.at}">
  <span slot="credit-bar"><a href="/user/${esc(post.handle)}/">u/${esc(post.handle)}</a> · <faceplate-timeago ts="${post.at}"><time datetime="${post.at}">${post.ago}</time></faceplate-timeago></span>
  <a slot="title" href="${permalink}">${esc(post.title)}</a>
  <div slot="text-body"><div class="md"><p>${esc(post.text)}</p></div></div>
</shreddit-post>`;
}

function x(post: SitePost, page: SitePage): string {
  return `<article data-testid="tweet" role="article" tabindex="0">
  <div data-testid="User-Name"><a href="/${esc(post.handle)}" role="link"><span>${esc(post.name)}</span></a> <a href="/${esc(post.handle)}" role="link"><span>@${esc(post.handle)}</span></a>
  · <a href="/${esc(post.handle)}/status/${post.numericId}" role="link"><time datetime="${post.at}">${post.ago}</time></a></div>
  <div data-testid="tweetText" lang="${page.lang}"><span>${esc(post.text)}</span></div>
</article>`;
}

function trustpilot(post: SitePost, page: SitePage): string {
  return `<article class="styles_reviewCard__hcAvl" data-service-review-card-paper="true">
  <aside aria-label="Info for ${esc(post.name)}"><a href="/users/${post.hexId}" name="consumer-profile" data-consumer-profile-link="true"><span data-consumer-name-typography="true">${esc(post.name)}</span></a></aside>
  <section>
    <div data-service-review-rating="${post.stars}"><img alt="Rated ${post.stars} out of 5 stars" src="data:,"><time datetime="${post.at}" data-service-review-date-time-ago="true">${post.ago}</time></div>
    <div data-review-content="true">
      <a href="/reviews/${post.hexId}" data-review-title-typography="true"><h2 data-service-review-title-typography="true">${esc(post.title)}</h2></a>
      <p data-service-review-text-typography="true" lang="${page.lang}">${esc(post.text)}</p>
    </div>
  </section>
</article>`;
}

function googleMaps(post: SitePost, page: SitePage): string {
  return `<div class="jftiEf fontBodyMedium" data-review-id="${post.hexId}" aria-label="${esc(post.name)}">
  <button class="al6Kxe" data-href="https://www.google.com/maps/contrib/${post.numericId}?hl=${page.lang}" aria-label="${esc(post.name)}"></button>
  <div class="d4r55">${esc(post.name)}</div>
  <div class="DU9Pgb"><span class="kvMYJc" role="img" aria-label="${post.stars} ${page.lang === 'es' ? 'estrellas' : 'stars'}"></span><span class="rsqaWe">${post.ago}</span></div>
  <div class="MyEned" lang="${page.lang}"><span class="wiI7pd">${esc(post.text)}</span></div>
</div>`;
}

const RENDER: Record<DemoSiteId, { item: (post: SitePost, page: SitePage) => string; open: string; close: string }> = {
  reddit: { item: reddit, open: '<shreddit-app><main id="main-content"><div id="feed">', close: '</div></main></shreddit-app>' },
  x: { item: x, open: '<main role="main"><div data-testid="primaryColumn"><section aria-label="Timeline">', close: '</section></div></main>' },
  trustpilot: { item: trustpilot, open: '<main><section aria-label="Reviews" id="reviews">', close: '</section></main>' },
  'google-maps': { item: googleMaps, open: '<div role="main"><div class="m6QErb DxyBCb">', close: '</div></div>' },
};

const STYLE = 'body{font:15px/1.45 system-ui,sans-serif;max-width:44rem;margin:1.5rem auto;padding:0 1rem;color:#1c1e21}shreddit-post,article,.jftiEf{display:block;border:1px solid #d0d7de;border-radius:8px;padding:.8rem 1rem;margin:.8rem 0}h1{font-size:1.4rem}.note{color:#6b7280;font-size:.85rem}';

/** The whole page: a note that it imitates the site, then its posts or reviews in the site's markup. */
export function sitePageHtml(page: SitePage): string {
  const render = RENDER[page.site];
  const posts = SITE_POSTS[page.site][page.lang];
  const note = page.lang === 'es' ? `Página de demostración con la forma de ${SITE_NAMES[page.site]}: contenido inventado.` : `Demo page shaped like ${SITE_NAMES[page.site]}: invented content.`;
  return `<!DOCTYPE html>
<html lang="${page.lang}">
<head><meta charset="utf-8"><title>${esc(page.title)}</title><style>${STYLE}</style></head>
<body>
<p class="note">${esc(note)} <a href="/">Vigía demo</a></p>
<h1>${esc(page.title)}</h1>
${render.open}
${posts.map((post) => render.item(post, page)).join('\n')}
${render.close}
</body>
</html>
`;
}
