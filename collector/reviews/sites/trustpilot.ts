// Trustpilot company pages (trustpilot.com/review/<domain>): JSON-LD reviews, with the review cards as fallback.
import { defineSite } from './define-site.ts';

export const trustpilot = defineSite({
  id: 'trustpilot',
  name: 'Trustpilot',
  example: 'https://www.trustpilot.com/review/www.example.com',
  isSupported: (url) => /(^|\.)trustpilot\.com$/.test(url.hostname) && url.pathname.startsWith('/review/'),
  newestUrl: (url) => {
    const newest = new URL(url.pathname, url.origin);
    newest.searchParams.set('languages', 'all'); // otherwise only reviews in the visitor's language are listed
    newest.searchParams.set('sort', 'recency');
    return newest.toString();
  },
  ready: 'article[data-service-review-card-paper]',
  // "https://www.trustpilot.com/#/schema/Review/www.example.com/65f1c0de…" ends with the review id.
  idFromStructured: (id) => /\/schema\/Review\/[^/]+\/([0-9a-f]{16,})$/.exec(id)?.[1],
  selectors: {
    // Older cards lack the card-paper hook but keep the rating one.
    review: 'article[data-service-review-card-paper], article:has([data-service-review-rating]):not(:has(article))',
    id: [{ selector: 'a[data-review-title-typography]', attr: 'href', pattern: /\/reviews\/([0-9a-f]+)/ }, { attr: 'data-review-id' }],
    author: ['[data-consumer-name-typography]', 'aside a[href^="/users/"]'],
    authorUrl: { selector: 'a[data-consumer-profile-link], aside a[href^="/users/"]', attr: 'href' },
    rating: { selector: '[data-service-review-rating]', attr: 'data-service-review-rating' },
    date: { selector: 'time[data-service-review-date-time-ago]', attr: 'datetime' },
    title: '[data-service-review-title-typography]',
    body: '[data-service-review-text-typography]',
    link: { selector: 'a[data-review-title-typography]', attr: 'href' },
  },
  nextPage: { nextLink: 'a[name="pagination-button-next"]' },
});
