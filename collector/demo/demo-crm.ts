// The demo's CRM side: its exports (crm-exports/) imported into the demo store on every start, so the
// overlay has Marta's and James's journeys to show. Idempotent: a second start changes nothing.
import { readFile } from 'node:fs/promises';
import { importRecords, type ImportSummary } from '../customers/import-runner.ts';
import { parseImport } from '../import/parse-import.ts';
import type { VigiaStore } from '../store/store.ts';

/** In import order: the generic records first (customers with all their handles), then the presets. */
export const DEMO_CRM_EXPORTS = ['touchpoints.jsonl', 'zendesk-tickets.csv', 'hubspot-engagements.csv'] as const;

export const demoCrmExportUrl = (name: string): URL => new URL(`./crm-exports/${name}`, import.meta.url);

/** Imports every demo export; a row that fails is a bug in the demo data, so it throws. */
export async function importDemoCrm(store: VigiaStore, now: Date = new Date()): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const name of DEMO_CRM_EXPORTS) {
    const parsed = parseImport(await readFile(demoCrmExportUrl(name), 'utf8'));
    const summary = await importRecords(store.customers, parsed.records, now.toISOString());
    const failed = [...parsed.errors.map((e) => `line ${e.line}: ${e.reason}`), ...summary.outcomes.flatMap((o) => (o.status === 'error' ? [o.reason] : []))];
    if (failed.length) throw new Error(`demo: ${name} did not import: ${failed.join('; ')}`);
    summaries.push(summary);
  }
  return summaries;
}
