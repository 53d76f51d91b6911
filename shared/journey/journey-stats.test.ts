import { describe, expect, it } from 'vitest';
import { journeyStats } from './journey-stats.ts';
import { stitchJourneys } from './stitch-journeys.ts';
import { jamesTouchpoints, luciaTouchpoints, martaTouchpoints, NOW } from './testdata/hand-built.ts';
import { touchpointSchema } from './touchpoint.ts';

describe('journeyStats', () => {
  it('aggregates resolution per type, effort, channel crossing and immediacy', () => {
    const journeys = stitchJourneys([...martaTouchpoints, ...jamesTouchpoints, ...luciaTouchpoints]);
    expect(journeyStats(journeys, NOW)).toEqual({
      journeys: 3,
      byType: {
        installation: { journeys: 1, resolved: 0, resolutionRate: 0 },
        fault: { journeys: 1, resolved: 1, resolutionRate: 1 },
        billing: { journeys: 1, resolved: 0, resolutionRate: 0 },
      },
      resolutionRate: 0.333,
      // Marta 78, James 10, Lucía 1.
      averageEffort: 29.7,
      crossChannelShare: 0.667,
      // Lucía's e-mail is twelve hours old: not judged yet.
      immediacy: { met: 2, missed: 0, waiting: 1, complianceRate: 1 },
    });
  });

  it('says nothing rather than zero when there are no journeys', () => {
    expect(journeyStats([], NOW)).toEqual({
      journeys: 0,
      byType: {},
      resolutionRate: undefined,
      averageEffort: undefined,
      crossChannelShare: undefined,
      immediacy: { met: 0, missed: 0, waiting: 0, complianceRate: undefined },
    });
  });
});

describe('touchpointSchema', () => {
  it('accepts the hand-built touchpoints and normalises times to UTC', () => {
    for (const tp of [...martaTouchpoints, ...jamesTouchpoints]) expect(touchpointSchema.parse(tp)).toEqual(tp);
    const parsed = touchpointSchema.parse({ ...luciaTouchpoints[0], at: '2026-11-23T13:00:00+01:00' });
    expect(parsed.at).toBe('2026-11-23T12:00:00.000Z');
  });

  it('refuses a date without a time zone, an unknown channel and effort above 1', () => {
    const result = touchpointSchema.safeParse({ ...luciaTouchpoints[0], at: '2026-11-23 12:00', channel: 'fax', effort: 3 });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['at', 'channel', 'effort']);
  });
});
