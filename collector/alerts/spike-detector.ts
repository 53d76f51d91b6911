// Negative-volume spikes per brand: negatives are counted per clock hour (by publication time, so a new
// source's backlog lands in past hours, not in this one); an hour is a spike when its count reaches
// max(minCount, ⌈factor × baseline⌉), the baseline being an exponentially weighted moving average
// (α = 0.3, oldest hour first) of the previous `baselineHours` hourly counts, empty hours counting 0.
// Each brand and hour fires once. Only the current and the previous hour are judged, for late arrivals.
import type { AlertSpike } from './alert.ts';
import type { SpikeRule } from './alert-settings.ts';

const HOUR = 3_600_000;
/** Weight of the newest hour in the baseline. */
export const BASELINE_ALPHA = 0.3;
const MAX_IDS = 20;

/** One negative mention, as the detector counts it. */
export interface NegativeSample {
  mentionId: string;
  brand: string;
  /** Publication time (else collection time), epoch ms. */
  at: number;
}

/** The EWMA of hourly counts, oldest first. */
export function ewmaBaseline(counts: readonly number[], alpha = BASELINE_ALPHA): number {
  if (!counts.length) return 0;
  return counts.slice(1).reduce((avg, c) => alpha * c + (1 - alpha) * avg, counts[0]!);
}

export const spikeThreshold = (baseline: number, rule: Pick<SpikeRule, 'minCount' | 'factor'>) => Math.max(rule.minCount, Math.ceil(rule.factor * baseline - 1e-9));

export interface SpikeDetector {
  /** Counts a negative mention (again is harmless) and returns the spike it completes, if any. */
  add(sample: NegativeSample, now: number): (AlertSpike & { brand: string }) | undefined;
  /** Counts past negatives without raising anything; spikes already reached count as raised. */
  seed(samples: readonly NegativeSample[], now: number): void;
}

export function createSpikeDetector(rule: Pick<SpikeRule, 'minCount' | 'factor' | 'baselineHours'>): SpikeDetector {
  const hours = new Map<string, Map<number, Set<string>>>();
  const fired = new Set<string>();

  const record = (sample: NegativeSample, now: number): { hour: number; added: boolean } => {
    const hour = Math.floor(Math.min(sample.at, now) / HOUR) * HOUR;
    const byHour = hours.get(sample.brand) ?? new Map<number, Set<string>>();
    hours.set(sample.brand, byHour);
    const ids = byHour.get(hour) ?? new Set<string>();
    byHour.set(hour, ids);
    const added = !ids.has(sample.mentionId);
    ids.add(sample.mentionId);
    return { hour, added };
  };

  const judge = (brand: string, hour: number): (AlertSpike & { brand: string }) | undefined => {
    const byHour = hours.get(brand);
    const ids = byHour?.get(hour);
    if (!byHour || !ids || fired.has(`${brand}\u0000${hour}`)) return undefined;
    const previous = Array.from({ length: rule.baselineHours }, (_, i) => byHour.get(hour - (rule.baselineHours - i) * HOUR)?.size ?? 0);
    const baseline = ewmaBaseline(previous);
    const threshold = spikeThreshold(baseline, rule);
    if (ids.size < threshold) return undefined;
    fired.add(`${brand}\u0000${hour}`);
    return { brand, hourStart: new Date(hour).toISOString(), count: ids.size, baseline: Math.round(baseline * 100) / 100, threshold, mentionIds: [...ids].slice(-MAX_IDS) };
  };

  const prune = (now: number) => {
    const oldest = Math.floor(now / HOUR) * HOUR - (rule.baselineHours + 2) * HOUR;
    for (const byHour of hours.values()) for (const hour of byHour.keys()) if (hour < oldest) byHour.delete(hour);
    for (const key of fired) if (Number(key.split('\u0000')[1]) < oldest) fired.delete(key);
  };

  const judged = (hour: number, now: number) => hour >= Math.floor(now / HOUR) * HOUR - HOUR;

  return {
    add(sample, now) {
      prune(now);
      const { hour, added } = record(sample, now);
      return added && judged(hour, now) ? judge(sample.brand, hour) : undefined;
    },
    seed(samples, now) {
      const touched = new Set<string>();
      for (const sample of samples) {
        const { hour } = record(sample, now);
        if (judged(hour, now)) touched.add(`${sample.brand}\u0000${hour}`);
      }
      for (const key of touched) {
        const [brand, hour] = key.split('\u0000');
        judge(brand!, Number(hour));
      }
      prune(now);
    },
  };
}
