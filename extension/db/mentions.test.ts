import { describe, expect, it } from 'vitest';
import { makeMention } from '../sync/testing/mention-fixtures.ts';
import { handleKeysOf, toMentionRow } from './mentions.ts';

describe('mention rows', () => {
  it('indexes the author by handle and by profile URL, normalised', () => {
    const reddit = makeMention({ author: { handle: '/u/Marta_RZ', url: 'https://www.reddit.com/user/marta_rz/' } });
    expect(handleKeysOf(reddit)).toEqual(['reddit:marta_rz']);
    const fedi = makeMention({ platform: 'mastodon', author: { name: 'Marta', url: 'https://mastodon.social/@marta_rz/1135' } });
    expect(handleKeysOf(fedi)).toEqual(['mastodon:marta_rz@mastodon.social']);
    expect(handleKeysOf(makeMention({ author: { name: 'Anonymous' } }))).toEqual([]);
  });

  it('files unscored text under "unscored", sorts by published date else collection date', () => {
    const row = toMentionRow(makeMention({ sentiment: { unscored: 'language not supported: de' }, publishedAt: undefined }), 7);
    expect(row).toMatchObject({ sentimentLabel: 'unscored', recency: '2026-11-02T11:00:00.000Z', seq: 7 });
    expect('publishedAt' in row).toBe(false);
  });

  it('shows a pending local triage status over the collector’s', () => {
    const row = toMentionRow(makeMention(), 1, { status: 'ignored', updatedAt: '2026-11-03T00:00:00.000Z' });
    expect(row.triageStatus).toBe('ignored');
    expect(row.mention.triage.status).toBe('new');
  });
});
