import { describe, expect, it } from 'vitest';
import { sourceAdapterForUrl } from './adapter-for-url.ts';

describe('sourceAdapterForUrl', () => {
  it('picks the adapter each kind of URL needs, and the feed reader for anything else', () => {
    const cases: [string, string][] = [
      ['https://www.reddit.com/search.json?q=lumora&sort=new', 'reddit'],
      ['https://www.reddit.com/r/LumoraES/new/.rss', 'rss'],
      ['https://mastodon.social/api/v1/timelines/tag/lumora', 'mastodon'],
      ['https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=lumora', 'bluesky'],
      ['https://www.youtube.com/feeds/videos.xml?channel_id=UC1234567890ab', 'youtube'],
      ['https://hn.algolia.com/api/v1/search_by_date?query=lumora&tags=(story,comment)', 'hackernews'],
      ['https://news.google.com/rss/search?q=lumora', 'google-news'],
      ['https://www.google.com/alerts/feeds/0123/4567', 'google-alerts'],
      ['https://api.x.com/2/tweets/search/recent?query=lumora', 'x'],
      ['https://rsshub.app/twitter/user/lumora', 'rsshub'],
      ['https://blog.example.org/feed.xml', 'rss'],
    ];
    expect(cases.map(([url]) => sourceAdapterForUrl(url).id)).toEqual(cases.map(([, id]) => id));
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => sourceAdapterForUrl('feed.xml')).toThrow('config: "feed.xml" is not a URL');
    expect(() => sourceAdapterForUrl('file:///etc/passwd')).toThrow('config: "file:///etc/passwd" is not an http(s) URL');
  });
});
