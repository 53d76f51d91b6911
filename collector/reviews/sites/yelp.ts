// Yelp business pages (yelp.com/biz/<slug>): JSON-LD has only the aggregate, so reviews come from the list.
import { defineSite } from './define-site.ts';

export const yelp = defineSite({
  id: 'yelp',
  name: 'Yelp',
  example: 'https://www.yelp.com/biz/example-cafe-san-francisco',
  isSupported: (url) => /(^|\.)yelp\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/biz/'),
  newestUrl: (url) => {
    const newest = new URL(url.pathname, url.origin);
    newest.searchParams.set('sort_by', 'date_desc');
    return newest.toString();
  },
  ready: '#reviews ul li p[class^="comment__"]',
  selectors: {
    review: '#reviews ul > li:has(p[class^="comment__"])',
    id: { attr: 'data-review-id' },
    author: ['a[href^="/user_details"]', '.user-passport-info .fs-block'],
    authorUrl: { selector: 'a[href^="/user_details"]', attr: 'href' },
    rating: { selector: 'div[role="img"][aria-label$="star rating"]', attr: 'aria-label' },
    // The date has only hashed classes; it is the first "Mar 3, 2024" in the card, above the text.
    date: { pattern: /\b[A-Z][a-z]{2} \d{1,2}, \d{4}\b/ },
    body: ['p[class^="comment__"] span[lang]', 'p[class^="comment__"] span[class^="raw__"]'],
    lang: { selector: 'p[class^="comment__"] span[lang]', attr: 'lang' },
  },
  nextPage: { nextLink: 'a.next-link[href], a[aria-label="Next"][href]' },
});
