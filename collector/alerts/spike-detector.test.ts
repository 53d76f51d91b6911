import { describe, expect, it } from 'vitest';
import { createSpikeDetector, ewmaBaseline, spikeThreshold, type NegativeSample } from './spike-detector.ts';

const HOUR = 3_600_000;
const now = Date.parse('2026-11-20T10:30:00.000Z');
const rule = { minCount: 5, factor: 3, baselineHours: 24 };
const sample = (id: string, at: number, brand = 'Lumora'): NegativeSample => ({ mentionId: id, brand, at });

describe('spike detector', () => {
  it('weights recent hours more in the baseline and never goes under minCount', () => {
    expect(ewmaBaseline([0, 0, 10])).toBeCloseTo(3);
    expect(ewmaBaseline([10, 0, 0])).toBeCloseTo(4.9);
    expect(spikeThreshold(0, rule)).toBe(5);
    expect(spikeThreshold(4, rule)).toBe(12);
  });

  it('fires once when a quiet brand gets minCount negatives within the hour', () => {
    const detector = createSpikeDetector(rule);
    const fired = [1, 2, 3, 4, 5, 6].map((n) => detector.add(sample(`m${n}`, now - n * 60_000), now));
    expect(fired.slice(0, 4)).toEqual([undefined, undefined, undefined, undefined]);
    expect(fired[4]).toEqual({ brand: 'Lumora', hourStart: '2026-11-20T10:00:00.000Z', count: 5, baseline: 0, threshold: 5, mentionIds: ['m1', 'm2', 'm3', 'm4', 'm5'] });
    expect(fired[5]).toBeUndefined();
  });

  it('counts a mention seen again (a triage edit) only once', () => {
    const detector = createSpikeDetector(rule);
    for (let i = 0; i < 10; i++) expect(detector.add(sample('same', now), now)).toBeUndefined();
  });

  it('needs factor × baseline when the brand is usually noisy, per brand', () => {
    const detector = createSpikeDetector(rule);
    const history = Array.from({ length: 24 }, (_, h) => Array.from({ length: 4 }, (_, i) => sample(`h${h}-${i}`, now - (h + 1) * HOUR))).flat();
    detector.seed(history, now);
    const results = Array.from({ length: 12 }, (_, i) => detector.add(sample(`n${i}`, now - 60_000), now));
    expect(results.findIndex(Boolean)).toBe(11);
    expect(results[11]).toMatchObject({ count: 12, baseline: 4, threshold: 12 });
    expect(Array.from({ length: 5 }, (_, i) => detector.add(sample(`o${i}`, now, 'Other'), now)).at(-1)).toMatchObject({ brand: 'Other', count: 5 });
  });

  it('keeps a backlog in past hours, never as a spike; the previous hour is still judged for late arrivals', () => {
    const detector = createSpikeDetector(rule);
    const backlog = Array.from({ length: 30 }, (_, i) => detector.add(sample(`b${i}`, now - 30 * HOUR), now));
    expect(backlog.every((r) => r === undefined)).toBe(true);
    const late = Array.from({ length: 5 }, (_, i) => detector.add(sample(`l${i}`, now - HOUR), now));
    expect(late[4]).toMatchObject({ hourStart: '2026-11-20T09:00:00.000Z', count: 5 });
  });

  it('treats a spike already reached before a restart as raised', () => {
    const detector = createSpikeDetector(rule);
    detector.seed(Array.from({ length: 6 }, (_, i) => sample(`s${i}`, now - 60_000)), now);
    expect(detector.add(sample('s6', now), now)).toBeUndefined();
  });
});
