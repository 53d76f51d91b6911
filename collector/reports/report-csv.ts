// A report as CSV: one table, one row per period and brand, ready for a spreadsheet. Columns (header names
// are fixed English identifiers, and values machine-readable — dot decimals, ISO dates — whatever the report
// language: `--lang es` localises the HTML/PDF only):
//   period_start   first instant of the day or week (ISO 8601, UTC; weeks start on Monday)
//   brand          the brand's name as configured
//   competitor     true for a competitor (brands[].competitor), else false
//   mentions       mentions of the brand in the period (a mention of two brands counts for both)
//   negative, neutral, positive, unscored   those mentions by sentiment (unscored: no reading possible)
//   share_of_voice the brand's mentions over all watched brands' mentions in the period, 0–1 (empty: none)
//   net_sentiment  (positive − negative) / scored mentions, −1…1 (empty: nothing scored)
import type { ReportData } from './report-data.ts';

export const CSV_COLUMNS = ['period_start', 'brand', 'competitor', 'mentions', 'negative', 'neutral', 'positive', 'unscored', 'share_of_voice', 'net_sentiment'] as const;

/** One CSV field: quoted when needed; a leading = + - @ is defused so no spreadsheet runs it as a formula. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report's table; with a brand, only that brand's rows (its share is still against every brand). */
export function renderReportCsv(d: ReportData): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const b of d.shareOfVoice.brands) {
    if (d.brand && b.brand !== d.brand) continue;
    for (const p of b.series) {
      const c = p.counts;
      lines.push([p.start, b.brand, b.competitor, p.mentions, c.negative, c.neutral, c.positive, c.unscored, p.share, p.netSentiment].map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
