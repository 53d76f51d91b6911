// Any other page: the generic schema.org extractor, following rel="next" links.
import { defineSite } from './define-site.ts';

export const web = defineSite({
  id: 'web',
  name: 'Any page with schema.org reviews',
  example: 'https://shop.example/products/kettle',
  isSupported: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  newestUrl: (url) => url.toString(),
  nextPage: { nextLink: 'a[rel~="next"][href], link[rel~="next"][href]' },
});
