import { describe, expect, it } from 'vitest';
import { isNewArrival, needsPersonNow, toolbarBadgeOf, unreadCounts, type ArrivalFacts } from './unread.ts';

const since = '2026-11-20T00:00:00.000Z';
const facts = (id: string, over: Partial<ArrivalFacts> = {}): ArrivalFacts => ({ id, collectedAt: '2026-11-21T10:00:00.000Z', triageStatus: 'new', sentiment: 'neutral', urgency: 'none', ...over });

describe('new arrivals', () => {
  it('is new when collected since the baseline and never seen here', () => {
    expect(isNewArrival(facts('a'), new Set(), since)).toBe(true);
    expect(isNewArrival(facts('a'), new Set(['a']), since)).toBe(false);
    expect(isNewArrival(facts('old', { collectedAt: '2026-11-19T23:59:59.000Z' }), new Set(), since)).toBe(false);
  });

  it('needs a person now by urgency, or by negative sentiment when stored before urgency existed', () => {
    expect(needsPersonNow({ urgency: 'now', sentiment: 'positive' })).toBe(true);
    expect(needsPersonNow({ urgency: 'soon', sentiment: 'negative' })).toBe(false);
    expect(needsPersonNow({ sentiment: 'negative' })).toBe(true);
    expect(needsPersonNow({ sentiment: 'unscored' })).toBe(false);
  });

  it('counts new open arrivals only, and those that need a person now', () => {
    const items = [
      facts('a', { urgency: 'now' }),
      facts('b'),
      facts('c', { triageStatus: 'assigned', urgency: 'now' }),
      facts('d', { triageStatus: 'responded', urgency: 'now' }),
      facts('e', { urgency: 'now' }),
      facts('f', { collectedAt: '2026-11-01T00:00:00.000Z', urgency: 'now' }),
    ];
    expect(unreadCounts(items, new Set(['e']), since)).toEqual({ all: 3, now: 2 });
  });
});

describe('toolbar badge', () => {
  it('shows the red count of new mentions that need a person now first', () => {
    expect(toolbarBadgeOf({ all: 12, now: 3 })).toEqual({ text: '3', color: '#c62828', kind: 'now' });
  });

  it('else every new open mention in slate, and nothing when all is seen', () => {
    expect(toolbarBadgeOf({ all: 12, now: 0 })).toEqual({ text: '12', color: '#455a64', kind: 'new' });
    expect(toolbarBadgeOf({ all: 0, now: 0 })).toMatchObject({ text: '', kind: 'none' });
  });

  it('caps at four characters', () => {
    expect(toolbarBadgeOf({ all: 1000, now: 0 }).text).toBe('999+');
    expect(toolbarBadgeOf({ all: 999, now: 0 }).text).toBe('999');
  });
});
