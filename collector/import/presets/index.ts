// The registry of CSV mappings: adding a CRM export is one file in this folder and one line here.
import { columnKey } from '../csv-table.ts';
import type { ImportPreset } from './define-preset.ts';
import freshdesk from './freshdesk.ts';
import generic, { GENERIC_MARKERS } from './generic-csv.ts';
import hubspot from './hubspot.ts';
import salesforce from './salesforce.ts';
import zendesk from './zendesk.ts';

/** Named presets, in the order headers are tried when none is given. */
export const PRESETS = [zendesk, hubspot, salesforce, freshdesk] as const;
export type PresetId = (typeof PRESETS)[number]['id'];
export const PRESET_IDS = PRESETS.map((p) => p.id) as PresetId[];
export { generic as genericCsvPreset };

/** The preset's required columns missing from a header, by their first alias. */
export function missingColumns(preset: ImportPreset, headers: string[]): string[] {
  const present = new Set(headers.map(columnKey));
  return preset.requiredColumns.filter((aliases) => !aliases.some((a) => present.has(columnKey(a)))).map((aliases) => aliases[0]!);
}

/**
 * The mapping for a CSV header when no preset was named: the first preset whose required columns are
 * all there, else the generic columns if any of `type`, `channel`, `at`, `external_id` is.
 */
export function detectPreset(headers: string[]): ImportPreset | undefined {
  const named = PRESETS.find((p) => missingColumns(p, headers).length === 0);
  if (named) return named;
  const keys = new Set(headers.map(columnKey));
  return GENERIC_MARKERS.some((k) => keys.has(k)) ? generic : undefined;
}
