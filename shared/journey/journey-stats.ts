// Aggregates for CX leads and marketing: resolution per journey type, effort, channel crossing, immediacy.
import { journeyMetrics, type JourneyMetrics } from './journey-metrics.ts';
import type { Journey } from './stitch-journeys.ts';

export interface JourneyTypeStats {
  journeys: number;
  resolved: number;
  /** resolved / journeys (0–1). */
  resolutionRate: number;
}

export interface JourneyStats {
  journeys: number;
  /** Keyed by journey type (installation, fault, billing, …, other). */
  byType: Record<string, JourneyTypeStats>;
  /** Over all journeys (0–1); undefined without journeys. */
  resolutionRate?: number;
  /** Mean effort (0–100), one decimal; undefined without journeys. */
  averageEffort?: number;
  /** Share of journeys that used more than one channel (0–1). */
  crossChannelShare?: number;
  immediacy: {
    met: number;
    missed: number;
    waiting: number;
    /** met / (met + missed): journeys still waiting inside their 48 hours are not judged yet. */
    complianceRate?: number;
  };
}

const ratio = (part: number, whole: number) => (whole === 0 ? undefined : Math.round((part / whole) * 1000) / 1000);

/** Aggregates over journeys (metrics computed at `now`, or taken from `metricsOf` when already known). */
export function journeyStats(
  journeys: readonly Journey[],
  now: Date | string,
  metricsOf: (journey: Journey) => JourneyMetrics = (j) => journeyMetrics(j, now),
): JourneyStats {
  const byType: Record<string, JourneyTypeStats> = {};
  const immediacy = { met: 0, missed: 0, waiting: 0 };
  let resolved = 0;
  let effort = 0;
  let crossed = 0;
  for (const journey of journeys) {
    const m = metricsOf(journey);
    const type = (byType[journey.type] ??= { journeys: 0, resolved: 0, resolutionRate: 0 });
    type.journeys++;
    if (m.resolution.resolved) {
      type.resolved++;
      resolved++;
    }
    effort += m.effort;
    if (m.channels.length > 1) crossed++;
    if (m.firstResponse.immediacy !== 'not-applicable') immediacy[m.firstResponse.immediacy]++;
  }
  for (const type of Object.values(byType)) type.resolutionRate = ratio(type.resolved, type.journeys) ?? 0;
  const n = journeys.length;
  return {
    journeys: n,
    byType,
    resolutionRate: ratio(resolved, n),
    averageEffort: n ? Math.round((effort / n) * 10) / 10 : undefined,
    crossChannelShare: ratio(crossed, n),
    immediacy: { ...immediacy, complianceRate: ratio(immediacy.met, immediacy.met + immediacy.missed) },
  };
}
