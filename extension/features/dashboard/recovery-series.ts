// GET /api/stats/recovery as chart series: one x per period start (every brand's periods merged), per brand
// its recovery rate in % and its median hours to recover, null where the period decided nothing.
import type { RecoveryStatsAnswer } from '../../../shared/api/recovery.ts';

export interface RecoverySeries {
  /** Period starts, epoch seconds, ascending. */
  xs: number[];
  brands: { brand: string; rate: (number | null)[]; median: (number | null)[] }[];
}

const percent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

export function recoverySeries(answer: RecoveryStatsAnswer): RecoverySeries {
  const starts = [...new Set(answer.brands.flatMap((b) => b.periods.map((p) => p.start)))].sort();
  return {
    xs: starts.map((s) => Date.parse(s) / 1000),
    brands: answer.brands.map((b) => {
      const byStart = new Map(b.periods.map((p) => [p.start, p]));
      return {
        brand: b.brand,
        rate: starts.map((s) => percent(byStart.get(s)?.rate ?? null)),
        median: starts.map((s) => byStart.get(s)?.medianHoursToRecover ?? null),
      };
    }),
  };
}

/** A rate as the UI writes it ("67 %"), or undefined when nothing was decided. */
export const ratePercent = (rate: number | null): string | undefined => (rate === null ? undefined : `${Math.round(rate * 100)} %`);
