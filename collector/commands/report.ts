// `vigia report --from --to [--brand] --format pdf|html|csv [--out FILE] [--lang en|es]`: a report a marketer
// can send, written to a file; a bad option is one line naming it and exit code 1.
import { writeFile } from 'node:fs/promises';
import type { VigiaConfig } from '../config.ts';
import { createStoreLedger } from '../alerts/delivery-ledger.ts';
import { startWeeklyDigest } from '../reports/digest.ts';
import { printPdf } from '../reports/print-pdf.ts';
import { CHARTS_READY_SELECTOR } from '../reports/report-charts.ts';
import { renderReportCsv } from '../reports/report-csv.ts';
import { loadReport } from '../reports/report-data.ts';
import { renderReportHtml } from '../reports/report-html.ts';
import { checkReportBrand, ReportError, toReportRequest, type ReportOptions, type ReportRequest } from '../reports/report-range.ts';
import type { VigiaStore } from '../store/store.ts';

export interface ReportCommandOptions extends ReportOptions {
  out?: string;
}

/** The file name when --out is not given: report-2026-11-01-2026-11-30[-brand].pdf */
export function defaultReportFile(r: ReportRequest): string {
  const last = new Date(Date.parse(r.to) - 1).toISOString().slice(0, 10);
  const brand = r.brand ? `-${r.brand.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
  return `report-${r.from.slice(0, 10)}-${last}${brand}.${r.format}`;
}

/** The report's bytes in the requested format. */
export async function buildReport(store: VigiaStore, brands: VigiaConfig['brands'] | undefined, request: ReportRequest, now: Date): Promise<Buffer> {
  const data = await loadReport(store, (brands ?? []).map((b) => ({ name: b.name, competitor: b.competitor === true })), request, now);
  if (request.format === 'csv') return Buffer.from(renderReportCsv(data), 'utf8');
  const html = renderReportHtml(data, request.lang);
  return request.format === 'html' ? Buffer.from(html, 'utf8') : printPdf(html, { readySelector: CHARTS_READY_SELECTOR });
}

/** Writes the report and prints where; false (after one line on stderr) when an option was wrong. */
export async function runReportCommand(store: VigiaStore, config: VigiaConfig | undefined, opts: ReportCommandOptions, io: { log(line: string): void; error(line: string): void } = console): Promise<boolean> {
  try {
    const request = toReportRequest(opts);
    const configured = (config?.brands ?? []).map((b) => b.name);
    // A brand mentioned in the range counts too (an installation whose config dropped it still has its history).
    const mentioned = Object.keys((await store.sentimentStats({ from: request.from, to: request.to, bucket: 'week', by: 'brand', now: new Date().toISOString(), topTerms: 0 })).breakdown);
    checkReportBrand(request, [...new Set([...configured, ...mentioned])]);
    const bytes = await buildReport(store, config?.brands, request, new Date());
    const file = opts.out ?? defaultReportFile(request);
    await writeFile(file, bytes);
    io.log(`report: wrote ${file} (${request.format}, ${bytes.length} bytes)`);
    return true;
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    io.error(error.message);
    return false;
  }
}

/** The weekly digest of `vigia start`, when the config asks for one and there are webhooks to send it to. */
export function startDigestOf(config: VigiaConfig, store: VigiaStore): { stop(): void } | undefined {
  const settings = config.reports.weeklyDigest;
  if (!settings?.enabled || !config.alerts.webhooks.length) return undefined;
  return startWeeklyDigest(
    { store, settings, ledger: createStoreLedger(store), webhooks: config.alerts.webhooks, brands: config.brands.map((b) => ({ name: b.name, competitor: b.competitor === true })), userAgent: config.collector.userAgent },
    {
      onResult: (r) => (r.status === 'delivered' ? console.log(`report: weekly digest sent to ${new URL(r.url).host}`) : r.status === 'failed' ? console.error(`report: weekly digest to ${new URL(r.url).host} failed: ${r.error} (retried at the next check)`) : undefined),
      onError: (e) => console.error(`report: weekly digest failed: ${(e as Error).message}`),
    },
  );
}
