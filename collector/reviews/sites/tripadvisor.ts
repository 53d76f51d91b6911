// Tripadvisor hotel, restaurant and attraction reviews ("…_Review-g…-d…-Reviews-…html"), paged by "-orN-".
import { defineSite } from './define-site.ts';

export const tripadvisor = defineSite({
  id: 'tripadvisor',
  name: 'Tripadvisor',
  example: 'https://www.tripadvisor.com/Hotel_Review-g187497-d190166-Reviews-Example_Hotel-Barcelona_Catalonia.html',
  isSupported: (url) => /(^|\.)tripadvisor\.[a-z.]+$/.test(url.hostname) && /_Review-g\d+-d\d+-Reviews-/.test(url.pathname),
  // Reviews are listed newest first; "-or10-" in the path skips to later pages.
  newestUrl: (url) => new URL(url.pathname.replace(/-Reviews-or\d+-/, '-Reviews-'), url.origin).toString(),
  ready: 'div[data-automation="reviewCard"]',
  selectors: {
    review: 'div[data-automation="reviewCard"]',
    id: { selector: 'a[href*="/ShowUserReviews-"]', attr: 'href', pattern: /-r(\d+)-/ },
    author: 'span a[href^="/Profile/"]',
    authorUrl: { selector: 'a[href^="/Profile/"]', attr: 'href' },
    rating: { selector: 'svg title', pattern: /([\d.,]+) of 5 bubbles/ },
    // "Written March 5, 2024"; the "Mar 2024" of the stay has no day and is not the publication date.
    date: { pattern: /Written\s+(.+?\d{4})/ },
    title: 'a[href*="/ShowUserReviews-"] span',
    body: 'span.JguWG',
    link: { selector: 'a[href*="/ShowUserReviews-"]', attr: 'href' },
  },
  nextPage: { nextLink: 'a[aria-label="Next page"][href]' },
});
