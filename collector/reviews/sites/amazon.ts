// Amazon product reviews (/product-reviews/<ASIN>): no structured reviews, the data-hook attributes are stable.
import { defineSite } from './define-site.ts';

const ASIN = /\/(?:dp|gp\/product|product-reviews)\/([A-Z0-9]{10})(?:[/?]|$)/;

export const amazon = defineSite({
  id: 'amazon',
  name: 'Amazon',
  example: 'https://www.amazon.com/dp/B000000001',
  isSupported: (url) => /(^|\.)amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|es|it|nl|se|pl|in|co\.jp|com\.au)$/.test(url.hostname) && ASIN.test(url.pathname),
  newestUrl: (url) => {
    const asin = ASIN.exec(url.pathname)?.[1] ?? '';
    return new URL(`/product-reviews/${asin}/?sortBy=recent&pageNumber=1&reviewerType=all_reviews`, url.origin).toString();
  },
  ready: 'div[data-hook="review"]',
  selectors: {
    review: 'div[data-hook="review"]',
    id: { attr: 'id' },
    author: 'span.a-profile-name',
    authorUrl: { selector: 'a.a-profile[href]', attr: 'href' },
    rating: '[data-hook="review-star-rating"] .a-icon-alt, [data-hook="cmps-review-star-rating"] .a-icon-alt',
    // "Reviewed in the United States on March 3, 2024" / "Revisado en España el 3 de marzo de 2024"
    date: '[data-hook="review-date"]',
    title: '[data-hook="review-title"] > span:not(.a-letter-space)',
    body: '[data-hook="review-body"]',
    link: { selector: 'a[data-hook="review-title"]', attr: 'href' },
  },
  nextPage: { nextLink: 'ul.a-pagination li.a-last a[href]' },
});
