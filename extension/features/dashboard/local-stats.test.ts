import { describe, expect, it } from 'vitest';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { computeLocalStats, topTermsOf } from './local-stats.ts';
import { bucketStartMs } from '../../../shared/stats/time-buckets.ts';
import { bucketFor, inputsOf, lastDays, rangeFromInputs } from './stats-range.ts';

const now = Date.parse('2026-11-04T12:00:00Z');
const query = { from: '2026-11-02T00:00:00.000Z', to: '2026-11-05T00:00:00.000Z', bucket: 'day' as const, by: 'moment' as const };
const negative = { score: -0.8, label: 'negative' as const, confidence: 0.9 };
const positive = { score: 0.8, label: 'positive' as const, confidence: 0.9 };

describe('local stats', () => {
  const mentions = [
    makeMention({ publishedAt: '2026-11-02T09:00:00.000Z', moment: 'LZMOT', title: undefined, text: 'Técnico no vino, tercera cita perdida', triage: { status: 'responded', updatedAt: '2026-11-02T11:30:00.000Z' } }),
    makeMention({ publishedAt: '2026-11-03T09:00:00.000Z', moment: 'LZMOT', title: undefined, text: 'Otra cita perdida con el técnico', triage: { status: 'new', updatedAt: 'x' } }),
    makeMention({ publishedAt: '2026-11-01T09:00:00.000Z', moment: 'IMOT', sentiment: negative, triage: { status: 'resolved', updatedAt: '2026-11-04T09:00:00.000Z' } }),
    makeMention({ publishedAt: '2026-11-04T08:00:00.000Z', moment: 'TMOT', sentiment: positive, platform: 'trustpilot' }),
    makeMention({ publishedAt: undefined, collectedAt: '2026-11-04T10:00:00.000Z', sentiment: { unscored: 'language not supported: de' } }),
    makeMention({ publishedAt: '2026-10-20T09:00:00.000Z', sentiment: negative, triage: { status: 'new', updatedAt: 'x' } }),
  ];

  it('counts per bucket (empty ones too) and per breakdown key, inside the range only', () => {
    const stats = computeLocalStats(mentions, query, now);
    expect(stats.series).toEqual([
      { start: '2026-11-02T00:00:00.000Z', negative: 1, neutral: 0, positive: 0, unscored: 0 },
      { start: '2026-11-03T00:00:00.000Z', negative: 1, neutral: 0, positive: 0, unscored: 0 },
      { start: '2026-11-04T00:00:00.000Z', negative: 0, neutral: 0, positive: 1, unscored: 1 },
    ]);
    expect(stats.breakdown).toEqual({
      LZMOT: { negative: 2, neutral: 0, positive: 0, unscored: 0 },
      TMOT: { negative: 0, neutral: 0, positive: 1, unscored: 0 },
      none: { negative: 0, neutral: 0, positive: 0, unscored: 1 },
    });
    expect(stats.negativeShare).toBeCloseTo(2 / 3);
    expect(computeLocalStats(mentions, { ...query, platform: 'trustpilot' }, now).negativeShare).toBe(0);
    expect(computeLocalStats([], query, now).negativeShare).toBeNull();
  });

  it('measures negatives against the 48 h rule: answered within, still waiting, or over', () => {
    const { responseTimes } = computeLocalStats(mentions, query, now);
    expect(responseTimes).toMatchObject({ within48h: 1, over48h: 0, waiting: 1 });
    expect(responseTimes.buckets.find((b) => b.hours === 4)?.count).toBe(1);
    const later = computeLocalStats(mentions, query, Date.parse('2026-11-06T12:00:00Z')).responseTimes;
    expect(later).toMatchObject({ within48h: 1, over48h: 1, waiting: 0 });
  });

  it('finds the phrases negative mentions share, without stopwords or the brand', () => {
    expect(topTermsOf(mentions.slice(0, 2), 3)).toEqual([
      { term: 'cita perdida', count: 2 },
      { term: 'tecnico', count: 2 },
      { term: 'no vino', count: 1 },
    ]);
    expect(topTermsOf([makeMention({ title: undefined, text: 'Acme acme ACME broke' })]).map((t) => t.term)).toEqual(['broke']);
  });
});

describe('stats range', () => {
  it('makes ranges from presets and date inputs, the end day included', () => {
    expect(lastDays(7, now)).toEqual({ from: '2026-10-29T00:00:00.000Z', to: '2026-11-05T00:00:00.000Z' });
    expect(rangeFromInputs('2026-11-01', '2026-11-03')).toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-04T00:00:00.000Z' });
    expect(rangeFromInputs('2026-11-03', '2026-11-01')).toBeUndefined();
    expect(rangeFromInputs('', '2026-11-01')).toBeUndefined();
    expect(inputsOf(lastDays(7, now))).toEqual({ from: '2026-10-29', to: '2026-11-04' });
  });

  it('picks hours, days or weeks, weeks starting on Monday', () => {
    expect(bucketFor({ from: '2026-11-03T00:00:00.000Z', to: '2026-11-05T00:00:00.000Z' })).toBe('hour');
    expect(bucketFor(lastDays(30, now))).toBe('day');
    expect(bucketFor(lastDays(90, now))).toBe('week');
    expect(new Date(bucketStartMs(Date.parse('2026-11-04T15:00:00Z'), 'week')).toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });
});
