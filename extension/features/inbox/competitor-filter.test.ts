import { describe, expect, it } from 'vitest';
import { toMentionRow } from '../../db/mentions.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { countByStatus, matchesFilters } from './inbox-filters.ts';
import { toInboxItem } from './inbox-item.ts';

const item = (overrides: Parameters<typeof makeMention>[0]) => toInboxItem(toMentionRow(makeMention(overrides), 1));
const rivalia = { brand: 'Rivalia', terms: ['rivalia'], competitor: true as const };
const ours = item({ matches: [{ brand: 'Lumora', terms: ['lumora'] }] });
const theirs = item({ matches: [rivalia] });
const both = item({ matches: [rivalia, { brand: 'Lumora', terms: ['lumora'] }] });
const theirsDone = item({ matches: [rivalia], triage: { status: 'resolved', updatedAt: '2026-11-02T11:00:00.000Z' } });

describe('inbox competitor filter', () => {
  const all = [ours, theirs, both, theirsDone];
  const pick = (competitor?: 'hide' | 'only') => all.filter((i) => matchesFilters(i, competitor ? { competitor } : {}, '')).map((i) => i.id);

  it('hides the mentions about competitors only, or shows only them; a mention of ours and theirs is ours', () => {
    expect(pick()).toEqual([ours.id, theirs.id, both.id, theirsDone.id]);
    expect(pick('hide')).toEqual([ours.id, both.id]);
    expect(pick('only')).toEqual([theirs.id, theirsDone.id]);
  });

  it('keeps the status counts in step with the list', () => {
    expect(countByStatus(all, { competitor: 'hide' }, '')).toMatchObject({ new: 2, resolved: 0 });
    expect(countByStatus(all, { competitor: 'only' }, '')).toMatchObject({ new: 1, resolved: 1 });
  });
});
