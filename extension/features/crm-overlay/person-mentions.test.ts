import { beforeEach, describe, expect, it } from 'vitest';
import { pullChangeFeed } from '../../sync/change-feed.ts';
import { createCollectorClient } from '../../sync/collector-client.ts';
import type { FakeCollector } from '../../sync/testing/fake-collector.ts';
import { freshCollector } from '../../sync/testing/fresh-collector.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { findPersonMentions } from './person-mentions.ts';

let collector: FakeCollector;

beforeEach(async () => {
  collector = await freshCollector();
});

async function syncOnce(...mentions: ReturnType<typeof makeMention>[]) {
  collector.add(...mentions);
  await pullChangeFeed(createCollectorClient({ collectorUrl: collector.url, token: collector.token }, collector.fetch), collector.url);
}

describe('findPersonMentions', () => {
  it('finds the author by any of the handles on the page, newest first', async () => {
    const older = makeMention({ publishedAt: '2026-11-14T10:00:00.000Z' });
    const newer = makeMention({ publishedAt: '2026-11-19T10:00:00.000Z', sentiment: { unscored: 'no sentiment signal' } });
    const fedi = makeMention({ platform: 'mastodon', publishedAt: '2026-11-18T10:00:00.000Z', author: { url: 'https://mastodon.social/@marta_rz' } });
    const stranger = makeMention({ author: { handle: 'someone_else' } });
    await syncOnce(older, newer, fedi, stranger);
    const mentions = await findPersonMentions({
      emails: ['marta@example.com'],
      handles: [
        { platform: 'reddit', handle: 'marta_rz' },
        { platform: 'mastodon', handle: 'marta_rz@mastodon.social' },
      ],
    });
    expect(mentions.map((m) => m.id)).toEqual([newer.id, fedi.id, older.id]);
    expect(mentions[0]).toMatchObject({ sentiment: 'unscored', platform: 'reddit', author: 'Marta', url: newer.url });
    expect(await findPersonMentions({ emails: [], handles: [] })).toEqual([]);
  });
});
