// The command line's --from/--to/--brand/--format/--lang read into a report request, every mistake a
// ReportError naming the option and what was wrong.
import { VigiaError } from '../errors.ts';
import { REPORT_LANGS, type ReportLang } from './report-words.ts';

export class ReportError extends VigiaError {
  constructor(message: string) {
    super('report', message);
  }
}

export const REPORT_FORMATS = ['pdf', 'html', 'csv'] as const;
export type ReportFileFormat = (typeof REPORT_FORMATS)[number];

/** The longest range a report covers: two years of weekly points. */
const MAX_DAYS = 731;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant from "2026-11-01" (midnight UTC; as `end`, the day is included: midnight after it) or an ISO date-time with a zone. */
function instantOf(option: string, text: string, end: boolean): string {
  const dateOnly = DATE_ONLY.test(text);
  const ms = dateOnly ? Date.parse(`${text}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(text) ? Date.parse(text) : NaN;
  // Date.parse rolls "2026-02-30" over to March: a date must read back as written.
  if (!Number.isFinite(ms) || (dateOnly && new Date(ms).toISOString().slice(0, 10) !== text)) {
    throw new ReportError(`${option} "${text}" is not a date like 2026-11-01 or 2026-11-01T09:00:00Z`);
  }
  return new Date(dateOnly && end ? ms + 86_400_000 : ms).toISOString();
}

export interface ReportRequest {
  from: string;
  to: string;
  brand?: string;
  format: ReportFileFormat;
  lang: ReportLang;
}

export interface ReportOptions {
  from: string;
  to: string;
  brand?: string;
  format?: string;
  lang?: string;
}

/** The request the options say, or a ReportError (the brand is checked apart: checkReportBrand). */
export function toReportRequest(opts: ReportOptions): ReportRequest {
  const from = instantOf('--from', opts.from, false);
  const to = instantOf('--to', opts.to, true);
  if (from >= to) throw new ReportError(`--from (${opts.from}) must be before --to (${opts.to})`);
  if (Date.parse(to) - Date.parse(from) > MAX_DAYS * 86_400_000) throw new ReportError(`the range ${opts.from} – ${opts.to} is longer than ${MAX_DAYS} days`);
  const format = opts.format ?? 'html';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new ReportError(`--format "${format}" is not one of ${REPORT_FORMATS.join(', ')}`);
  const lang = opts.lang ?? 'en';
  if (!(REPORT_LANGS as readonly string[]).includes(lang)) throw new ReportError(`--lang "${lang}" is not one of ${REPORT_LANGS.join(', ')}`);
  return { from, to, format: format as ReportFileFormat, lang: lang as ReportLang, ...(opts.brand !== undefined ? { brand: opts.brand } : {}) };
}

/** A ReportError unless the request's brand is one of `brands` (configured, or mentioned in the range). */
export function checkReportBrand(request: ReportRequest, brands: readonly string[]): void {
  if (request.brand !== undefined && !brands.includes(request.brand)) {
    throw new ReportError(`--brand "${request.brand}" is not a brand of this installation (${brands.length ? brands.join(', ') : 'none configured or mentioned yet'})`);
  }
}
