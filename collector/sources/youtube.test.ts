import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import youtube, { toYoutubeFeedUrl, youtubeVideoItem } from './youtube.ts';
import { readFeedEntries } from './feed/feed-fetch.ts';
import { fakeHttp, sourceEntry } from './testing/fake-http.ts';
import { missingRequired, recordedDir } from './testing/recorded-data.ts';

const payloads = recordedDir('feeds/feeddeck/payloads');

describe.skipIf(!payloads)('youtube on a real channel feed', () => {
  const xml = payloads ? readFileSync(join(payloads, 'youtube.responseYoutubeRSS.xml'), 'utf8') : '';

  it('maps every entry with its description, channel and views', async () => {
    const items = (await readFeedEntries(xml)).map((e) => youtubeVideoItem(e.item, e.extras));
    expect(items).toHaveLength((xml.match(/<entry>/g) ?? []).length);
    for (const item of items) {
      expect(missingRequired(item)).toEqual([]);
      expect(item.reach).toBeGreaterThanOrEqual(0);
      expect(item.author?.handle).toBe('UC5NOEUbkLheQcaaRldYW5GA');
    }
    expect(items[0]).toMatchObject({
      guid: 'yt:video:oiBPyTi7lvM',
      url: 'https://www.youtube.com/watch?v=oiBPyTi7lvM',
      title: 'Verhandlungen über Haushalt werden fortgesetzt',
      html: false,
      author: { name: 'tagesschau', url: 'https://www.youtube.com/channel/UC5NOEUbkLheQcaaRldYW5GA' },
      publishedAt: '2023-12-11T15:38:12.000Z',
      platform: 'youtube',
      reach: 7461,
    });
    expect(items[0]?.content).toMatch(/^Bundeskanzler Olaf Scholz hat sich zuversichtlich gezeigt.*\n\nScholz sucht/s);
  });

  it('fetches the feed of a channel page URL', async () => {
    const http = fakeHttp(() => ({ body: xml }));
    const result = await youtube.fetch({ config: sourceEntry('youtube', 'https://www.youtube.com/channel/UC5NOEUbkLheQcaaRldYW5GA'), http, cursor: {} });
    expect(http.requests[0]?.url).toBe('https://www.youtube.com/feeds/videos.xml?channel_id=UC5NOEUbkLheQcaaRldYW5GA');
    expect(result.items.length).toBeGreaterThan(0);
  });
});

describe('youtube adapter', () => {
  it('keeps feed URLs and answers 304 with no items', async () => {
    expect(toYoutubeFeedUrl('https://www.youtube.com/feeds/videos.xml?playlist_id=PL1')).toBe('https://www.youtube.com/feeds/videos.xml?playlist_id=PL1');
    const http = fakeHttp(() => ({ status: 304 }));
    const result = await youtube.fetch({ config: sourceEntry('youtube', 'https://www.youtube.com/feeds/videos.xml?channel_id=UC1'), http, cursor: { etag: '"v1"' } });
    expect(result).toMatchObject({ items: [], notModified: true });
    expect(http.requests[0]?.options.etag).toBe('"v1"');
  });
});
