// GET /api/customers/:id/report: one customer's journey (touchpoints, moments, metrics, recovery) as a
// self-contained HTML page or a PDF, in English or Spanish, to attach to a ticket.
import { z } from 'zod';

export const REPORT_FORMATS = ['html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const customerReportQuerySchema = z
  .object({
    /** @default "html" */
    format: z.enum(REPORT_FORMATS).default('html'),
    /** @default "en" */
    lang: z.enum(['en', 'es']).default('en'),
  })
  .strict();
export type CustomerReportParams = z.input<typeof customerReportQuerySchema>;

/** The media type each format is answered with. */
export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = { html: 'text/html; charset=utf-8', pdf: 'application/pdf' };
