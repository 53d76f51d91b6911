import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../mention.ts';
import { MOMENTS } from '../moment-of-truth.ts';
import { IMMEDIACY_HOURS, PriorityError, priorityOf, recencyFactor, type PriorityInput } from './index.ts';

const NOW = '2026-11-20T12:00:00Z';
const hoursAgo = (h: number) => new Date(Date.parse(NOW) - h * 3_600_000).toISOString();
const scored = (score: number, confidence = 0.8): Sentiment => ({
  score, confidence, label: score < -0.05 ? 'negative' : score > 0.05 ? 'positive' : 'neutral',
});

const input: fc.Arbitrary<PriorityInput> = fc.record(
  {
    sentiment: fc.oneof(
      fc.record({ score: fc.double({ min: -1, max: 1, noNaN: true }), confidence: fc.double({ min: 0, max: 1, noNaN: true }) })
        .map(({ score, confidence }) => scored(score, confidence)),
      fc.constant<Sentiment>({ unscored: 'language not supported: de' }),
    ),
    reach: fc.double({ min: 0, max: 1e8, noNaN: true }),
    publishedAt: fc.double({ min: -2, max: 400, noNaN: true }).map(hoursAgo),
    now: fc.constant(NOW),
    rating: fc.double({ min: 0, max: 1, noNaN: true }),
    knownCustomer: fc.boolean(),
    churnRisk: fc.boolean(),
    moment: fc.constantFrom(...MOMENTS),
  },
  { requiredKeys: ['sentiment', 'now'] },
);

const p = (i: PriorityInput) => priorityOf(i).priority;

describe('priorityOf', () => {
  it('puts a fresh, far-reaching, one-star complaint by a customer high, and a happy post low', () => {
    const complaint = priorityOf({
      sentiment: scored(-0.9, 0.9), reach: 120_000, publishedAt: hoursAgo(30), now: NOW, rating: 0.2, knownCustomer: true,
    });
    expect(complaint.priority).toBeGreaterThanOrEqual(60);
    expect(complaint.priority).toBeLessThan(80);
    expect(complaint.why).toEqual(expect.arrayContaining([
      'negative sentiment (-0.90)', 'low rating (1.0 of 5)', 'known customer',
      'published 30 h ago: 18 h left to answer within 48 h', 'reach 120,000 (log scale, 1 M is the most)',
    ]));
    const praise = priorityOf({ sentiment: scored(0.8), reach: 10, publishedAt: hoursAgo(2), now: NOW, rating: 1 });
    expect(praise.priority).toBeLessThan(10);
  });

  it('puts churn risk and LZMOT above every other mention', () => {
    const churn = priorityOf({ sentiment: scored(0.1), now: NOW, churnRisk: true });
    expect(churn.priority).toBeGreaterThanOrEqual(80);
    expect(churn.why[0]).toBe('churn risk: three or more bad experiences on this journey');
    expect(p({ sentiment: scored(-0.3), now: NOW, moment: 'LZMOT' })).toBeGreaterThanOrEqual(80);
    fc.assert(fc.property(input, (i) => {
      expect(p({ ...i, churnRisk: false, moment: 'SMOT' })).toBeLessThan(80);
    }));
  });

  it('says when sentiment or the date is unknown instead of guessing', () => {
    const { why } = priorityOf({ sentiment: { unscored: 'no sentiment signal' }, now: NOW });
    expect(why).toContain('sentiment unscored: no sentiment signal');
    expect(why).toContain('publication date unknown');
    expect(priorityOf({ sentiment: scored(-1), now: NOW, publishedAt: 'yesterday' }).why).toContain('publication date unreadable: yesterday');
  });

  it('rejects a "now" that is not a date', () => {
    expect(() => priorityOf({ sentiment: scored(0), now: 'soon' })).toThrow(PriorityError);
  });

  it('grows more urgent up to the 48 h response limit, then fades', () => {
    expect(recencyFactor(0)).toBeLessThan(recencyFactor(24));
    expect(recencyFactor(IMMEDIACY_HOURS)).toBe(1);
    expect(recencyFactor(IMMEDIACY_HOURS * 2)).toBeCloseTo(0.5);
    expect(recencyFactor(24 * 7)).toBeLessThan(recencyFactor(0));
    expect(recencyFactor(-5)).toBe(recencyFactor(0));
  });

  it('stays within 0–100, as an integer', () => {
    fc.assert(fc.property(input, (i) => {
      const { priority } = priorityOf(i);
      expect(Number.isInteger(priority)).toBe(true);
      expect(priority).toBeGreaterThanOrEqual(0);
      expect(priority).toBeLessThanOrEqual(100);
    }));
  });

  it('never lowers priority for a more negative score, more reach, a lower rating, a known customer or churn risk', () => {
    const pairs = fc.tuple(input, fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }));
    fc.assert(fc.property(pairs, ([i, drop, more]) => {
      if ('score' in i.sentiment) {
        const worse = { ...i.sentiment, score: Math.max(-1, i.sentiment.score - drop) };
        expect(p({ ...i, sentiment: worse })).toBeGreaterThanOrEqual(p(i));
      }
      expect(p({ ...i, reach: (i.reach ?? 0) + more })).toBeGreaterThanOrEqual(p(i));
      expect(p({ ...i, rating: Math.max(0, (i.rating ?? 1) - drop / 2) })).toBeGreaterThanOrEqual(p({ ...i, rating: i.rating ?? 1 }));
      expect(p({ ...i, knownCustomer: true })).toBeGreaterThanOrEqual(p({ ...i, knownCustomer: false }));
      expect(p({ ...i, churnRisk: true })).toBeGreaterThanOrEqual(p({ ...i, churnRisk: false }));
    }), { numRuns: 500 });
  });

  it('ages monotonically: rising until the response limit, falling after it', () => {
    fc.assert(fc.property(input, fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (i, a, b) => {
      const [younger, older] = a < b ? [a, b] : [b, a];
      const at = (h: number) => p({ ...i, publishedAt: hoursAgo(h) });
      if (older <= IMMEDIACY_HOURS) expect(at(older)).toBeGreaterThanOrEqual(at(younger));
      if (younger >= IMMEDIACY_HOURS) expect(at(older)).toBeLessThanOrEqual(at(younger));
    }), { numRuns: 500 });
  });

  it('depends on nothing but its input', () => {
    fc.assert(fc.property(input, (i) => {
      expect(priorityOf(structuredClone(i))).toEqual(priorityOf(i));
    }), { numRuns: 100 });
  });
});
