// Google Play app reviews: read from the "See all reviews" dialog, sorted newest-first by clicks.
import { defineSite } from './define-site.ts';

export const googlePlay = defineSite({
  id: 'google-play',
  name: 'Google Play',
  example: 'https://play.google.com/store/apps/details?id=com.example.app',
  isSupported: (url) => url.hostname === 'play.google.com' && url.pathname === '/store/apps/details' && url.searchParams.has('id'),
  newestUrl: (url) => {
    const newest = new URL('/store/apps/details', url.origin);
    newest.searchParams.set('id', url.searchParams.get('id') ?? '');
    newest.searchParams.set('hl', 'en'); // English labels for the clicks below
    newest.searchParams.set('gl', url.searchParams.get('gl') ?? 'US');
    return newest.toString();
  },
  newestClicks: [
    'button[aria-label="See more information on Ratings and reviews"]',
    'div[role="dialog"] div[role="button"][aria-label="Sort reviews"]',
    'div[role="dialog"] [role="menuitemradio"][data-value="2"]',
  ],
  ready: 'div.RHo1pe header[data-review-id]',
  selectors: {
    review: 'div.RHo1pe',
    id: { selector: 'header[data-review-id]', attr: 'data-review-id' },
    author: '.X5PpBb',
    rating: { selector: '[role="img"][aria-label^="Rated"]', attr: 'aria-label' },
    date: 'span.bp9Aid',
    body: 'div.h3YV2d',
  },
  nextPage: { scroll: 'div[role="dialog"] div.fysCi' },
});
