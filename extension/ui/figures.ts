// Numbers, percentages, signed figures and dates as the UI's language writes them (Intl): "0,5" and "7 dic"
// in Spanish, "0.5" and "Dec 7" in English — for chart axes, legends and tables alike.
import type { UiLanguage } from '../i18n/language.ts';

export interface Figures {
  /** A count: "1,234" / "1234" (Spanish groups from five digits). */
  count(n: number): string;
  /** Any number, up to two decimals: chart ticks. */
  number(n: number): string;
  /** 0–1 as a whole percentage: "75%" / "75 %"; null as "—". */
  percent(share: number | null): string;
  /** −1…1 with its sign always shown (U+2212 minus, ± for zero), `digits` decimals; null as "—". */
  signed(x: number | null, digits?: number): string;
  /** A day from epoch seconds: "Dec 7" / "7 dic". */
  day(epochSeconds: number): string;
}

/** Whole-number tick steps for axes that count mentions (uPlot `incrs`): no "1.5 mentions". */
export const WHOLE_INCREMENTS: number[] = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6];

const made = new Map<string, Figures>();

/** The figures of `lang`, showing days in `timeZone` (the stats' buckets are UTC days from the collector). */
export function figuresFor(lang: UiLanguage, timeZone?: string): Figures {
  const key = `${lang}|${timeZone ?? ''}`;
  const known = made.get(key);
  if (known) return known;
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const fixed = [0, 1, 2, 3].map((digits) => new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', ...(timeZone ? { timeZone } : {}) });
  const figures: Figures = {
    count: (n) => count.format(n),
    number: (n) => number.format(n),
    percent: (share) => (share === null ? '—' : percent.format(share)),
    signed: (x, digits = 2) => (x === null ? '—' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${(fixed[digits] ?? fixed[2]!).format(Math.abs(x))}`),
    day: (s) => day.format(new Date(s * 1000)),
  };
  made.set(key, figures);
  return figures;
}
