import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../mention.ts';
import { MOMENTS } from '../moment-of-truth.ts';
import { URGENCIES } from '../mention.ts';
import { IMMEDIACY_HOURS, PriorityError, priorityOf, recencyFactor, URGENCY_BANDS, type PriorityInput } from './index.ts';

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
    urgency: fc.record({ urgency: fc.constantFrom(...URGENCIES), reason: fc.constantFrom('money' as const, 'question' as const, 'praise' as const), weight: fc.double({ min: 0, max: 1, noNaN: true }) }),
  },
  { requiredKeys: ['sentiment', 'now'] },
);

const p = (i: PriorityInput) => priorityOf(i).priority;

describe('priorityOf', () => {
  const texts = (i: PriorityInput) => priorityOf(i).why.map((f) => f.en);

  it('puts each urgency in its band: now 80–100, soon 50–79, none below 50', () => {
    const charged = { urgency: 'now', reason: 'money', weight: 0.5, cue: '"charged twice"' } as const;
    const complaint = priorityOf({ sentiment: scored(-0.9, 0.9), reach: 120_000, publishedAt: hoursAgo(30), now: NOW, rating: 0.2, knownCustomer: true, urgency: charged });
    expect(complaint).toMatchObject({ urgency: 'now' });
    expect(complaint.priority).toBeGreaterThanOrEqual(90);
    expect(complaint.why[0]).toMatchObject({ factor: 'urgency', en: 'Needs a person now: money taken wrongly (charged twice, fraud) ("charged twice")', es: expect.stringMatching(/^Requiere atención ya: /) });
    expect(texts({ sentiment: scored(-0.9, 0.9), reach: 120_000, publishedAt: hoursAgo(30), now: NOW, rating: 0.2, knownCustomer: true, urgency: charged })).toEqual(expect.arrayContaining([
      'negative tone (-0.90)', 'low rating (1.8 of 5)', 'known customer', 'published 30 h ago: 18 h left to answer within 48 h', 'reach 120,000',
    ]));
    const question = priorityOf({ sentiment: scored(0), now: NOW, publishedAt: hoursAgo(2), urgency: { urgency: 'soon', reason: 'question', weight: 0.35 } });
    expect(question.priority).toBeGreaterThanOrEqual(50);
    expect(question.priority).toBeLessThan(80);
    const praise = priorityOf({ sentiment: scored(0.8), reach: 10, publishedAt: hoursAgo(2), now: NOW, rating: 1, urgency: { urgency: 'none', reason: 'praise', weight: 0 } });
    expect(praise.priority).toBeLessThan(10);
    fc.assert(fc.property(input, (i) => {
      const { priority, urgency } = priorityOf(i);
      expect(priority).toBeGreaterThanOrEqual(URGENCY_BANDS[urgency].min);
      expect(priority).toBeLessThanOrEqual(URGENCY_BANDS[urgency].max);
    }));
  });

  it('explains every point: the factors add up to the priority, in English and Spanish', () => {
    fc.assert(fc.property(input, (i) => {
      const { priority, why } = priorityOf(i);
      expect(why.reduce((sum, f) => sum + f.points, 0)).toBe(priority);
      for (const f of why) expect(f.en.length * f.es.length).toBeGreaterThan(0);
    }));
  });

  it('tells urgency from sentiment and churn risk when no urgency is given', () => {
    const churn = priorityOf({ sentiment: scored(-0.4), now: NOW, churnRisk: true });
    expect(churn).toMatchObject({ urgency: 'now' });
    expect(texts({ sentiment: scored(-0.4), now: NOW, churnRisk: true })).toContain('churn risk: three or more bad experiences on this journey');
    expect(priorityOf({ sentiment: scored(-0.4), now: NOW }).urgency).toBe('soon');
    expect(priorityOf({ sentiment: scored(0.4), now: NOW, churnRisk: true }).urgency).toBe('none');
  });

  it('says when sentiment or the date is unknown instead of guessing', () => {
    const why = texts({ sentiment: { unscored: 'no sentiment signal' }, now: NOW });
    expect(why).toContain('sentiment unscored: no sentiment signal');
    expect(why).toContain('publication date unknown');
    expect(texts({ sentiment: scored(-1), now: NOW, publishedAt: 'yesterday' })).toContain('publication date unreadable: yesterday');
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
