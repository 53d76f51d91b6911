import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rsshub, { platformOfRoute, rsshubItem } from './rsshub.ts';
import { readFeedEntries } from './feed/feed-fetch.ts';
import { fakeHttp, sourceEntry } from './testing/fake-http.ts';
import { missingRequired, recordedDir } from './testing/recorded-data.ts';

const payloads = recordedDir('feeds/feeddeck/payloads');

describe.skipIf(!payloads)('rsshub on real Nitter feeds', () => {
  it('maps every post to x.com with the handle of who wrote it', async () => {
    for (const [name, route] of [['nitter.responseUser.xml', 'http://nitter.feeddeck.app/rico_berger/rss'], ['nitter.responseTag.xml', 'http://nitter.feeddeck.app/search/rss?q=%23kubernetes']] as const) {
      const xml = readFileSync(join(payloads!, name), 'utf8');
      const items = (await readFeedEntries(xml)).map((e) => rsshubItem(e.item, new URL(route)));
      expect(items).toHaveLength((xml.match(/<item>/g) ?? []).length);
      for (const item of items) {
        expect(missingRequired({ ...item, platform: item.platform })).toEqual([]);
        expect(item.platform).toBe('x');
        expect(item.url).toMatch(/^https:\/\/x\.com\/\w+\/status\/\d+$/);
        expect(item.author?.handle).toMatch(/^\w+$/);
      }
    }
    const xml = readFileSync(join(payloads!, 'nitter.responseUser.xml'), 'utf8');
    const [retweet] = (await readFeedEntries(xml)).map((e) => rsshubItem(e.item, new URL('http://nitter.feeddeck.app/rico_berger/rss')));
    expect(retweet).toMatchObject({ url: 'https://x.com/K8sContributors/status/1719424500591210559', guid: 'https://x.com/K8sContributors/status/1719424500591210559', author: { name: '@K8sContributors', handle: 'k8scontributors' } });
  });
});

const instagramRoute = `<rss version="2.0"><channel><title>acme (@acme) - Instagram</title><link>https://www.instagram.com/acme</link>
  <item><title>New store in Madrid</title><link>https://www.instagram.com/p/C1abcDEF/</link><guid>https://www.instagram.com/p/C1abcDEF/</guid>
  <pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;New store&lt;/p&gt;</description><author>Acme</author></item></channel></rss>`;

describe('rsshub adapter', () => {
  it('tells the platform from the route namespace', () => {
    expect(['/twitter/user/acme', '/instagram/user/acme', '/tiktok/user/@acme', '/facebook/page/acme', '/linkedin/company/acme', '/bsky/profile/acme.bsky.social', '/github/issue/acme'].map((p) => platformOfRoute(new URL(p, 'https://rsshub.example.org')))).toEqual(['x', 'instagram', 'tiktok', 'facebook', 'linkedin', 'bluesky', undefined]);
  });

  it('gives route posts the followed account as handle when the post link has none', async () => {
    const http = fakeHttp(() => ({ body: instagramRoute }));
    const result = await rsshub.fetch({ config: sourceEntry('rsshub', 'https://rsshub.example.org/instagram/user/acme'), http, cursor: {} });
    expect(result.items).toEqual([expect.objectContaining({ platform: 'instagram', url: 'https://www.instagram.com/p/C1abcDEF/', author: { name: 'Acme', url: undefined, handle: 'acme' } })]);
    expect(rsshub.claims?.(new URL('https://rsshub.app/twitter/user/acme'))).toBe(true);
  });
});
