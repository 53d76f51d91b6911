// G2 product reviews (g2.com/products/<slug>/reviews): microdata cards; the DOM is read first for review ids.
import { defineSite } from './define-site.ts';

export const g2 = defineSite({
  id: 'g2',
  name: 'G2',
  example: 'https://www.g2.com/products/example-crm/reviews',
  isSupported: (url) => /(^|\.)g2\.com$/.test(url.hostname) && /^\/products\/[^/]+\/reviews/.test(url.pathname),
  newestUrl: (url) => {
    const slug = /^\/products\/([^/]+)/.exec(url.pathname)?.[1] ?? '';
    return new URL(`/products/${slug}/reviews?order=most_recent`, url.origin).toString();
  },
  ready: 'div[itemprop="review"]',
  selectorsFirst: true,
  selectors: {
    review: 'div[itemprop="review"][id^="survey-response-"]',
    id: { attr: 'id', pattern: /survey-response-(\d+)/ },
    author: { selector: '[itemprop="author"] meta[itemprop="name"]', attr: 'content' },
    authorUrl: { selector: '[itemprop="author"] a[href]', attr: 'href' },
    // Half stars: "stars-9" is 4.5 of 5.
    rating: { selector: '.stars[class*="stars-"]', attr: 'class', pattern: /stars-(\d+)/ },
    ratingDivisor: 2,
    ratingScale: { best: 5, worst: 0 },
    date: { selector: 'meta[itemprop="datePublished"]', attr: 'content' },
    title: 'div[itemprop="name"]',
    body: '[itemprop="reviewBody"]',
    link: { selector: 'a.pjax[href*="/reviews/"]', attr: 'href' },
  },
  nextPage: { nextLink: 'a.pagination__named-link[href]:contains("Next")' },
});
