// Review dates as pages write them, to ISO 8601, or nothing at all: a date is never guessed.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const EXPLICIT_ZONE = /(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})\s*$/i;

/**
 * A machine-written date (ISO 8601, or a date-time with an explicit zone such as RFC 2822) as ISO 8601.
 * ISO input is kept as written (a date stays a date); undefined when the text is not such a date.
 */
export function toIsoDate(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? trimmed.replace(' ', 'T') : undefined;
  if (!EXPLICIT_ZONE.test(trimmed)) return undefined;
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, enero: 1, ene: 1,
  feb: 2, february: 2, febrero: 2,
  mar: 3, march: 3, marzo: 3,
  apr: 4, april: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  jun: 6, june: 6, junio: 6,
  jul: 7, july: 7, julio: 7,
  aug: 8, august: 8, agosto: 8, ago: 8,
  sep: 9, sept: 9, september: 9, septiembre: 9, setiembre: 9,
  oct: 10, october: 10, octubre: 10,
  nov: 11, november: 11, noviembre: 11,
  dec: 12, december: 12, diciembre: 12, dic: 12,
};

/**
 * A date written for people with a month name ("March 3, 2024", "3 Mar 2024", "3 de marzo de 2024",
 * possibly inside a sentence such as "Reviewed in Spain on 3 March 2024") as `YYYY-MM-DD`.
 * Relative dates ("2 weeks ago") give undefined: turning them into a date would be a guess.
 */
export function parseWrittenDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const lower = text.toLowerCase();
  const monthFirst = /\b([a-z]{3,10})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(lower);
  const dayFirst = /\b(\d{1,2})\.?\s+(?:de\s+)?([a-z]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b/.exec(lower);
  for (const [month, day, year] of [
    monthFirst ? [monthFirst[1], monthFirst[2], monthFirst[3]] : [],
    dayFirst ? [dayFirst[2], dayFirst[1], dayFirst[3]] : [],
  ]) {
    const m = MONTHS[month ?? ''];
    if (!m || !day || !year || !isRealDate(Number(year), m, Number(day))) continue;
    return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
