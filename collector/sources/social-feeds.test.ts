// Reddit and Mastodon also publish RSS/Atom: those feeds stay with the "rss" kind, and the pipeline's
// normalisation tells platform and author handle from their links. Checked on real feeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeItems } from '../pipeline/normalize.ts';
import { parseFeed } from './rss.ts';
import { recordedDir } from './testing/recorded-data.ts';

const payloads = recordedDir('feeds/feeddeck/payloads');

describe.skipIf(!payloads)('social networks through their own feeds', () => {
  const normalized = async (name: string) => {
    const xml = readFileSync(join(payloads!, name), 'utf8');
    const { items } = await parseFeed(xml);
    return { count: (xml.match(/<(item|entry)>/g) ?? []).length, mentions: normalizeItems(items, { id: 'feed' }) };
  };

  it('reads a subreddit feed as Reddit posts with their authors', async () => {
    const { count, mentions } = await normalized('reddit.responseSubreddit.xml');
    expect(mentions).toHaveLength(count);
    for (const m of mentions) expect(m).toMatchObject({ platform: 'reddit', kind: 'post', guid: expect.stringMatching(/^t3_/), author: { handle: expect.stringMatching(/^[\w-]+$/) } });
    expect(mentions[0]?.author).toEqual({ name: 'u/gctaylor', handle: 'gctaylor', url: 'https://www.reddit.com/user/gctaylor' });
  });

  it('reads Mastodon tag and user feeds as posts by user@instance', async () => {
    for (const name of ['mastodon.responseTag.xml', 'mastodon.responseUser.xml']) {
      const { count, mentions } = await normalized(name);
      expect(mentions).toHaveLength(count);
      for (const m of mentions) {
        expect(m.platform).toBe('mastodon');
        expect(m.author.handle).toMatch(/^\w+@[\w.-]+$/);
        expect(m.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      }
    }
  });
});
