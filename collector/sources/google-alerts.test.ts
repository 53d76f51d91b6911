import { describe, expect, it } from 'vitest';
import googleAlerts, { googleAlertItem } from './google-alerts.ts';
import { fakeHttp, sourceEntry } from './testing/fake-http.ts';

// Shaped as a Google Alerts feed delivery (Atom, redirect links, HTML titles); none is in the evaluation data.
const alertsFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:idx="urn:atom-extension:indexing">
  <id>tag:google.com,2005:reader/user/01234567890123456789/state/com.google/alerts/1234567890123456789</id>
  <title>Google Alert - lumora</title><link href="https://www.google.com/alerts/feeds/01234567890123456789/1234567890123456789" rel="self"/>
  <updated>2026-11-20T10:00:00Z</updated>
  <entry>
    <id>tag:google.com,2013:googlealerts/feed:10596834283624356782</id>
    <title type="html">&lt;b&gt;Lumora&lt;/b&gt; cuts fibre prices in Madrid</title>
    <link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://news.example/lumora-prices&amp;ct=ga&amp;cd=CAIyGmE&amp;usg=AOvVaw1"/>
    <published>2026-11-20T09:00:00Z</published><updated>2026-11-20T09:00:00Z</updated>
    <content type="html">The operator &lt;b&gt;Lumora&lt;/b&gt; said on Friday…</content>
    <author><name/></author>
  </entry>
  <entry>
    <id>tag:google.com,2013:googlealerts/feed:10596834283624356783</id>
    <title type="html">Third outage this month - &lt;b&gt;Lumora&lt;/b&gt; : r/LumoraES</title>
    <link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://www.reddit.com/r/LumoraES/comments/abc/third_outage/&amp;ct=ga&amp;cd=CAIyGmE&amp;usg=AOvVaw2"/>
    <published>2026-11-20T09:30:00Z</published><updated>2026-11-20T09:30:00Z</updated>
    <content type="html">No fibre again…</content>
    <author><name/></author>
  </entry>
</feed>`;

describe('google-alerts adapter', () => {
  it('unwraps each link and tells the platform from it', async () => {
    const result = await googleAlerts.fetch({ config: sourceEntry('google-alerts', 'https://www.google.com/alerts/feeds/01234567890123456789/1234567890123456789'), http: fakeHttp(() => ({ body: alertsFeed })), cursor: {} });
    expect(result.items.map((i) => [i.url, i.platform, i.kind])).toEqual([
      ['https://news.example/lumora-prices', 'google-alerts', 'article'],
      ['https://www.reddit.com/r/LumoraES/comments/abc/third_outage/', 'reddit', undefined],
    ]);
    expect(result.items[0]).toMatchObject({ guid: 'tag:google.com,2013:googlealerts/feed:10596834283624356782', title: '<b>Lumora</b> cuts fibre prices in Madrid', publishedAt: '2026-11-20T09:00:00.000Z', author: undefined });
    expect(googleAlertItem({ url: 'not a url' }).url).toBe('not a url');
  });
});
