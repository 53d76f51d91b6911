import { expect, it } from 'vitest';
import { platformOfUrl } from './platform-of-url.ts';

it.each([
  ['https://www.reddit.com/r/LumoraES/comments/1abc/x/', 'reddit'],
  ['https://mastodon.social/@marta_rz/111544891736153138', 'mastodon'],
  ['https://news.google.com/rss/articles/CBMi?oc=5', 'google-news'],
  ['https://www.trustpilot.com/review/lumora.es', 'trustpilot'],
  ['https://www.google.com/maps/place/Lumora', 'google-maps'],
  // the canonical form normalize passes (www. dropped) is a map too
  ['https://google.com/maps/place/Lumora', 'google-maps'],
  ['https://apps.apple.com/es/app/id123', 'app-store'],
  ['https://x.com/lumora/status/1', 'x'],
])('%s is %s', (url, platform) => {
  expect(platformOfUrl(url)).toBe(platform);
});

it('does not guess for unknown hosts or non-map Google pages', () => {
  expect(platformOfUrl('https://blog.example.org/post')).toBeUndefined();
  expect(platformOfUrl('https://www.google.com/search?q=x')).toBeUndefined();
});
