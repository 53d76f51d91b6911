// GET /api/customers/:id/report?format=html|pdf&lang=en|es: the customer's journey report as a download,
// the PDF printed from the same HTML through the one print path (collector/reports/print-pdf.ts).
import type { FastifyInstance } from 'fastify';
import { customerReportQuerySchema, REPORT_MEDIA_TYPES } from '../../../shared/api/journey-report.ts';
import { CustomerNotFoundError } from '../../customers/customer-errors.ts';
import type { CustomerStore } from '../../customers/customer-store.ts';
import { journeyReportHtml } from '../../customers/journey-report-html.ts';
import { buildJourneyView } from '../../customers/journey-view.ts';
import { printPdf } from '../../reports/print-pdf.ts';

type WithId = { Params: { id: string } };

/** How a report's HTML becomes a PDF; tests may pass another Chromium. @default printPdf */
export type ReportPrint = (html: string) => Promise<Buffer>;

export function reportRoutes(app: FastifyInstance, store: CustomerStore, print: ReportPrint = (html) => printPdf(html)): void {
  app.get<WithId>('/api/customers/:id/report', async (request, reply) => {
    const q = customerReportQuerySchema.parse(request.query);
    const now = new Date().toISOString();
    const view = await buildJourneyView(store, request.params.id, now);
    if (!view) throw new CustomerNotFoundError(`no customer ${request.params.id}`);
    const html = journeyReportHtml(view, q.lang, now);
    const body = q.format === 'pdf' ? await print(html) : html;
    const file = `journey-${request.params.id.replace(/[^\w-]/g, '_')}-${now.slice(0, 10)}-${q.lang}.${q.format}`;
    return reply.type(REPORT_MEDIA_TYPES[q.format]).header('content-disposition', `attachment; filename="${file}"`).header('cache-control', 'no-store').send(body);
  });
}
