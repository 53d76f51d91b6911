import { describe, expect, it } from 'vitest';
import { coherenceScore, effortScore, journeyMetrics } from './journey-metrics.ts';
import { stitchJourneys, type Journey } from './stitch-journeys.ts';
import { jamesTouchpoints, luciaTouchpoints, martaTouchpoints, NOW, scored, touchpoint } from './testdata/hand-built.ts';

const only = (journeys: Journey[]): Journey => {
  expect(journeys).toHaveLength(1);
  return journeys[0]!;
};

describe('journeyMetrics', () => {
  it("Marta's unresolved installation: values worked out by hand", () => {
    const m = journeyMetrics(only(stitchJourneys(martaTouchpoints)), '2026-11-10T10:00:00Z');
    expect(m).toEqual({
      touchpoints: 5,
      customerContacts: 4,
      channels: ['web', 'email', 'phone', 'chat'],
      // web→phone, phone→chat, chat→phone; the last two after the no-show was reported: told again.
      channelSwitches: 3,
      repeatedContacts: 2,
      reopened: 0,
      // The web request (not live) was answered by the e-mail five minutes later.
      firstResponse: { hours: 0.08, immediacy: 'met' },
      resolution: { resolved: false, openHours: 168 },
      sentiment: { start: -0.6, end: -0.9, change: -0.3 },
      // 8×3 contacts + 10×2 retold + 16×(168/168) open + 0 immediacy + 20×0.9 ending = 24+20+16+0+18.
      effort: 78,
      // 100 − 40×(2/3) − 0 − 15×|−0.75 (phone) − −0.7 (chat)| = 72.58.
      coherence: 73,
      badExperiences: 3,
    });
  });

  it("James's evening drop-outs, solved by an engineer within a day", () => {
    const m = journeyMetrics(only(stitchJourneys(jamesTouchpoints)), NOW);
    expect(m).toMatchObject({
      touchpoints: 4,
      customerContacts: 2,
      channels: ['chat', 'phone', 'ticket', 'social'],
      channelSwitches: 1,
      // He moved to Reddit after the fix: no story retold, no reopening (the post is positive).
      repeatedContacts: 0,
      reopened: 0,
      // A live chat is itself a response.
      firstResponse: { hours: 0, immediacy: 'met' },
      // Ticket solved at 11:50 the next day, from the chat at 16:05.
      resolution: { resolved: true, hours: 19.75 },
      sentiment: { start: -0.4, end: 0.6, change: 1 },
      // 8 (one extra contact) + 16×19.75/168 = 9.88.
      effort: 10,
      // 100 − 0 − 0 − 15×(0.6 − −0.4).
      coherence: 85,
      badExperiences: 1,
    });
  });

  it('a single unanswered e-mail is waiting inside 48 hours, missed after', () => {
    const journey = only(stitchJourneys(luciaTouchpoints));
    const waiting = journeyMetrics(journey, NOW);
    expect(waiting.firstResponse).toEqual({ immediacy: 'waiting' });
    expect(waiting.coherence).toBeUndefined();
    expect(waiting.effort).toBe(1);
    expect(journeyMetrics(journey, '2026-11-25T12:00:01Z').firstResponse).toEqual({ immediacy: 'missed' });
  });

  it('a reply after 50 hours misses the immediacy rule', () => {
    const tps = [
      ...luciaTouchpoints,
      touchpoint('l1', { customerId: 'c-lucia', at: '2026-11-25T14:00:00.000Z', channel: 'email', direction: 'outbound', summary: 'Refund of the double charge on your bill', outcome: 'resolved' }),
    ];
    const m = journeyMetrics(only(stitchJourneys(tps)), '2026-11-26T00:00:00Z');
    expect(m.firstResponse).toEqual({ hours: 50, immediacy: 'missed' });
    expect(m.resolution).toEqual({ resolved: true, hours: 50 });
  });

  it('counts a reopening when a resolved need comes back, and a negative ending in coherence', () => {
    const tps = [
      touchpoint('r0', { customerId: 'c-r', at: '2026-11-01T09:00:00Z', channel: 'phone', summary: 'Router without signal', outcome: 'resolved', sentiment: scored(0.2) }),
      touchpoint('r1', { customerId: 'c-r', at: '2026-11-02T09:00:00Z', channel: 'email', summary: 'Router without signal again', sentiment: scored(-0.8) }),
    ];
    const m = journeyMetrics(only(stitchJourneys(tps)), '2026-11-03T09:00:00Z');
    expect(m.reopened).toBe(1);
    expect(m.repeatedContacts).toBe(0);
    expect(m.resolution).toEqual({ resolved: false, openHours: 48 });
    // 100 − 0 − 30 − 15×1.0
    expect(m.coherence).toBe(55);
  });
});

describe('effortScore', () => {
  it('is capped at 100 and blends in what customers reported', () => {
    const worst = { customerContacts: 9, repeatedContacts: 5, resolution: { resolved: false, openHours: 900 }, immediacy: 'missed' as const, endSentiment: -1 };
    expect(effortScore(worst)).toBe(100);
    expect(effortScore({ ...worst, reported: [0.2] })).toBe(60);
    expect(effortScore({ customerContacts: 1, repeatedContacts: 0, resolution: { resolved: true, hours: 0 }, immediacy: 'met' })).toBe(0);
  });
});

describe('coherenceScore', () => {
  it('is 100 for seamless handoffs and never below 0', () => {
    expect(coherenceScore({ switches: 2, repeated: 0, reopened: 0, channelSentiment: 0 })).toBe(100);
    expect(coherenceScore({ switches: 1, repeated: 1, reopened: 3, channelSentiment: 2 })).toBe(0);
  });
});

describe('journeyMetrics with tickets solved later', () => {
  it('keeps the need open until the ticket is solved: a contact elsewhere meanwhile is a repeat', () => {
    const tps = [
      touchpoint('t0', { customerId: 'c-t', at: '2026-11-20T16:05:00Z', channel: 'chat', summary: 'Router drops every evening', outcome: 'resolved', resolvedAt: '2026-11-21T11:50:00Z' }),
      touchpoint('t1', { customerId: 'c-t', at: '2026-11-20T20:00:00Z', channel: 'email', summary: 'Router dropped again tonight' }),
      touchpoint('t2', { customerId: 'c-t', at: '2026-11-22T09:00:00Z', channel: 'phone', summary: 'Thanks, the router works' }),
    ];
    const m = journeyMetrics(only(stitchJourneys(tps)), '2026-11-23T00:00:00Z');
    expect(m.repeatedContacts).toBe(1);
    expect(m.channelSwitches).toBe(2);
    expect(m.resolution).toEqual({ resolved: true, hours: 19.75 });
  });
});
