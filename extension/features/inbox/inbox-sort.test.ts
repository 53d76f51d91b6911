import { describe, expect, it } from 'vitest';
import { businessHoursSchema, compileBusinessHours } from '../../../shared/time/business-hours.ts';
import { toMentionRow } from '../../db/mentions.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { toInboxItem } from './inbox-item.ts';
import { INBOX_SORTS, isInboxSort, sortInbox } from './inbox-sort.ts';
import type { ResponseClock } from './triage-clock.ts';

const now = Date.parse('2026-11-24T12:00:00Z'); // a Tuesday
const wall: ResponseClock = { responseHours: 48 };
const item = (id: string, overrides: Parameters<typeof makeMention>[0]) => toInboxItem(toMentionRow(makeMention({ id, ...overrides }), 1));
const answered = { status: 'responded' as const, updatedAt: '2026-11-24T09:00:00.000Z' };

const fresh = item('fresh', { publishedAt: '2026-11-24T11:00:00Z', priority: 20 }); // 47 h left
const closing = item('closing', { publishedAt: '2026-11-22T14:00:00Z', priority: 30 }); // 2 h left
const late = item('late', { publishedAt: '2026-11-20T12:00:00Z', priority: 90 }); // 48 h over
const slightlyLate = item('slightly-late', { publishedAt: '2026-11-22T10:00:00Z', priority: 10 }); // 2 h over
const done = item('done', { publishedAt: '2026-11-24T08:00:00Z', priority: 95, triage: answered });
const undated = item('undated', { publishedAt: undefined, collectedAt: '2026-11-23T12:00:00Z', priority: 60 });
const all = [fresh, closing, late, slightlyLate, done, undated];
const order = (sort: (typeof INBOX_SORTS)[number], clock = wall) => sortInbox(all, sort, now, clock).map((i) => i.id);

describe('inbox sort', () => {
  it('knows its four orders and nothing else', () => {
    expect(INBOX_SORTS).toEqual(['priority', 'newest', 'oldest', 'time-left']);
    expect(isInboxSort('time-left')).toBe(true);
    expect(isInboxSort('alphabetical')).toBe(false);
  });

  it('sorts by priority, newest and oldest (undated by when it was collected)', () => {
    expect(order('priority')).toEqual(['done', 'late', 'undated', 'closing', 'fresh', 'slightly-late']);
    expect(order('newest')).toEqual(['fresh', 'done', 'undated', 'closing', 'slightly-late', 'late']);
    expect(order('oldest')).toEqual(['late', 'slightly-late', 'closing', 'undated', 'done', 'fresh']);
  });

  it('sorts by time left: open windows closing soonest first, then the overdue least late first, then answered and undated', () => {
    expect(order('time-left')).toEqual(['closing', 'fresh', 'slightly-late', 'late', 'done', 'undated']);
  });

  it('counts time left in business hours when they are set: a weekend does not use up the window', () => {
    const madrid: ResponseClock = { responseHours: 48, businessHours: compileBusinessHours(businessHoursSchema.parse({ timezone: 'Europe/Madrid', from: '09:00', to: '18:00' })) };
    // Published Friday 20 Nov 17:00 Madrid: 1 business hour that day, 9 on Monday, 4 on Tuesday → 14 used, 34 left.
    const friday = item('friday', { publishedAt: '2026-11-20T16:00:00Z', priority: 10 });
    // Published this morning at 11:00 Madrid: 2 business hours used, 46 left.
    const today = item('today', { publishedAt: '2026-11-24T10:00:00Z', priority: 10 });
    expect(sortInbox([today, friday], 'time-left', now, wall).map((i) => i.id)).toEqual(['today', 'friday']);
    expect(sortInbox([today, friday], 'time-left', now, madrid).map((i) => i.id)).toEqual(['friday', 'today']);
  });

  it('never changes the list it was given', () => {
    const copy = [...all];
    sortInbox(all, 'oldest', now, wall);
    expect(all).toEqual(copy);
  });
});
