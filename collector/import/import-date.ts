// Dates as CRM exports write them (ISO, "2026-11-04 10:12", "11/4/2026 10:12 AM", "04.11.2026 10:12") → UTC ISO.

export interface ImportDateOptions {
  /** Offset of dates written without one (exports use the account's time zone), e.g. "+01:00". @default "+00:00" */
  utcOffset?: string;
  /** Read "04/11/2026" as 4 November rather than April 11. @default false */
  dayFirst?: boolean;
}

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/** "+01:00" / "+0100" / "Z" → minutes east of UTC, or undefined if malformed. */
function offsetMinutes(zone: string): number | undefined {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return minutes > 14 * 60 ? undefined : (m[1] === '-' ? -1 : 1) * minutes;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000).toISOString();
}

/** The instant as a UTC ISO string, or undefined when the text is not a date this reader knows. */
export function parseImportDate(raw: string, opts: ImportDateOptions = {}): string | undefined {
  const value = raw.trim();
  const fallback = offsetMinutes(opts.utcOffset ?? '+00:00');
  if (fallback === undefined) return undefined;
  let m = ISO_LIKE.exec(value);
  if (m) {
    const offset = m[8] ? offsetMinutes(m[8]) : fallback;
    if (offset === undefined) return undefined;
    const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms, offset);
  }
  m = SLASHED.exec(value);
  if (m) {
    const offset = m[8] ? offsetMinutes(m[8]) : fallback;
    if (offset === undefined) return undefined;
    // Dots ("04.11.2026") are always day first; slashes follow the option.
    const dayFirst = opts.dayFirst || value.includes('.');
    const [day, month] = dayFirst ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    let hour = Number(m[4] ?? 0);
    if (m[7]) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
    }
    return build(Number(m[3]), month, day, hour, Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offset);
  }
  return undefined;
}
