// Google Maps place reviews: no structured data, an infinite-scroll list sorted newest-first by clicks.
import { defineSite } from './define-site.ts';

export const googleMaps = defineSite({
  id: 'google-maps',
  name: 'Google Maps',
  example: 'https://www.google.com/maps/place/Example+Cafe/@40.41,-3.70,17z/data=!4m8!3m7!1s0x0:0x1',
  isSupported: (url) =>
    (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/maps/place/')) || url.hostname === 'maps.app.goo.gl',
  newestUrl: (url) => {
    const newest = new URL(url);
    newest.searchParams.set('hl', 'en'); // English UI, so the labels the clicks below look for are predictable
    return newest.toString();
  },
  newestClicks: ['button[role="tab"][aria-label^="Reviews"]', 'button[aria-label="Sort reviews"]', 'div[role="menuitemradio"][data-index="1"]'],
  ready: 'div.jftiEf[data-review-id]',
  expand: 'div.jftiEf button.w8nwRe[aria-expanded="false"]',
  selectors: {
    review: 'div.jftiEf[data-review-id]',
    id: { attr: 'data-review-id' },
    author: '.d4r55',
    authorUrl: { selector: 'button[data-href*="/maps/contrib/"]', attr: 'data-href' },
    rating: { selector: 'span.kvMYJc[role="img"]', attr: 'aria-label' },
    // Maps only says "2 weeks ago": relative dates are left out rather than guessed.
    date: '.rsqaWe',
    body: '.wiI7pd',
    lang: { selector: '.MyEned[lang]', attr: 'lang' },
  },
  nextPage: { scroll: 'div.m6QErb.DxyBCb.kA9KIf.dS8AEf' },
});
