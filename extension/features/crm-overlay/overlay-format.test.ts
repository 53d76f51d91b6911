import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/dictionary.ts';
import { makeJourneyView, makeMetrics, makeTimeline } from '../../sync/testing/journey-fixtures.ts';
import { firstResponseText, formatShortDate, resolutionText, sparklinePoints } from './overlay-format.ts';
import { toOverlayJourney, TIMELINE_LIMIT } from './overlay-journey.ts';

const en = translatorFor('en');

describe('overlay wording', () => {
  it('words every immediacy state of the 48 h rule', () => {
    const text = (firstResponse: ReturnType<typeof makeMetrics>['firstResponse']) => firstResponseText({ firstResponse }, en, 'en');
    expect(text({ hours: 2.25, immediacy: 'met' })).toBe('2.3 h, within 48 h');
    expect(text({ hours: 53, immediacy: 'missed' })).toBe('53 h, over 48 h');
    expect(text({ immediacy: 'missed' })).toBe('No reply after 48 h');
    expect(text({ immediacy: 'waiting' })).toBe('Waiting, under 48 h');
    expect(text({ immediacy: 'not-applicable' })).toBe('Not needed');
    expect(resolutionText({ resolution: { resolved: false, openHours: 30.4 } }, en, 'en')).toBe('Open for 30 h');
  });

  it('never invents a date', () => {
    expect(formatShortDate('2026-11-02T23:30:00Z', 'es')).toBe('2 nov');
    expect(formatShortDate('not a date', 'en')).toBeUndefined();
  });

  it('draws the sparkline from −1 (bottom) to 1 (top)', () => {
    expect(sparklinePoints([1, -1], 100, 20)).toEqual([
      [0, 0],
      [100, 20],
    ]);
    expect(sparklinePoints([0], 100, 20)).toEqual([[50, 10]]);
    expect(sparklinePoints([], 100, 20)).toEqual([]);
  });
});

describe('overlay journey projection', () => {
  it('opens on the current journey and draws its sentiment in time order', () => {
    const journey = toOverlayJourney(makeJourneyView(), '2026-11-24T09:00:00.000Z');
    expect(journey.journey?.id).toBe('j-move');
    expect(journey.sparkline).toEqual([-0.3, -0.6, -0.8]);
  });

  it('caps the timeline and falls back to the whole timeline’s sentiment when the journey has little', () => {
    const many = Array.from({ length: TIMELINE_LIMIT + 5 }, (_, i) => ({ ...makeTimeline('other')[1]!, id: `tp-${i}`, at: `2026-10-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z` }));
    const journey = toOverlayJourney(makeJourneyView({ timeline: many }), '2026-11-24T09:00:00.000Z');
    expect(journey.timeline).toHaveLength(TIMELINE_LIMIT);
    expect(journey.sparkline).toHaveLength(TIMELINE_LIMIT);
    expect(toOverlayJourney(makeJourneyView({ journeys: [], currentJourneyId: undefined }), 'x').journey).toBeUndefined();
  });
});
