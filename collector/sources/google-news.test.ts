import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { googleNewsItem } from './google-news.ts';
import { readFeedEntries } from './feed/feed-fetch.ts';
import { googleNewsArticleUrl, unwrapGoogleRedirect } from './kit/google-links.ts';
import { missingRequired, recordedDir } from './testing/recorded-data.ts';

const payloads = recordedDir('feeds/feeddeck/payloads');

describe.skipIf(!payloads)('google-news on real Google News feeds', () => {
  const read = (name: string) => readFileSync(join(payloads!, name), 'utf8');

  it('maps every item with its publisher, a clean title and the embedded article URL', async () => {
    for (const name of ['googlenews.responseSearch.xml', 'googlenews.responseUrl.xml']) {
      const xml = read(name);
      const items = (await readFeedEntries(xml)).map((e) => googleNewsItem(e.item, e.extras));
      expect(items).toHaveLength((xml.match(/<item>/g) ?? []).length);
      for (const item of items) {
        expect(missingRequired(item)).toEqual([]);
        expect(item.url).not.toMatch(/news\.google\.com/);
        expect(item.author?.name).toBeTruthy();
        expect(item.title).not.toMatch(new RegExp(` - ${item.author!.name}$`));
      }
    }
    const [first] = (await readFeedEntries(read('googlenews.responseSearch.xml'))).map((e) => googleNewsItem(e.item, e.extras));
    expect(first).toMatchObject({
      url: 'https://www.tag24.de/chemnitz/lokales/preisschock-bei-eins-energie-fernwaerme-wird-75-prozent-teurer-3032091',
      title: 'Chemnitz: Preisschock bei "eins energie"! Fernwärme wird 75 Prozent teurer',
      author: { name: 'TAG24', url: 'https://www.tag24.de' },
      publishedAt: '2023-12-06T04:30:00.000Z',
      platform: 'google-news',
      kind: 'article',
      lang: 'de',
    });
  });
});

describe('google links', () => {
  it('unwraps Alerts redirects and embedded News URLs, and leaves opaque ids alone', () => {
    expect(unwrapGoogleRedirect('https://www.google.com/url?rct=j&sa=t&url=https://www.reddit.com/r/lumora/comments/abc/x/&ct=ga&cd=CAIyGg&usg=AOv')).toBe('https://www.reddit.com/r/lumora/comments/abc/x/');
    expect(unwrapGoogleRedirect('https://example.org/url?url=https://evil.example')).toBe('https://example.org/url?url=https://evil.example');
    expect(googleNewsArticleUrl('https://news.google.com/rss/articles/CBMiOGh0dHBzOi8vd3d3LnRhZ2Vzc2NoYXUuZGUvd2lydHNjaGFmdC9nZGwtc3RyZWlrLTE5MC5odG1s0gEA?oc=5')).toBe('https://www.tagesschau.de/wirtschaft/gdl-streik-190.html');
    expect(googleNewsArticleUrl('https://news.google.com/rss/articles/CCAiC0lETWpHLXRoZ3ZNmAEB?oc=5')).toBeUndefined();
    expect(googleNewsArticleUrl('https://news.google.com/rss/articles/%%%')).toBeUndefined();
  });
});
