// What a CRM export preset is: the columns that identify it, and how one row becomes generic import records.
import { columnKey, type CsvRow } from '../csv-table.ts';
import { parseImportDate, type ImportDateOptions } from '../import-date.ts';

/** A row that cannot be imported; the message says which column and why. */
export class ImportRowError extends Error {
  override name = 'ImportRowError';
}

/** One CSV row with lookups by column name (any of several aliases, compared with `columnKey`). */
export class RowReader {
  readonly #cells = new Map<string, string>();

  constructor(
    readonly row: CsvRow,
    readonly dates: ImportDateOptions,
  ) {
    for (const [header, value] of row.cells) if (!this.#cells.has(columnKey(header))) this.#cells.set(columnKey(header), value.trim());
  }

  /** The first non-empty value among the aliases. */
  get(...aliases: string[]): string | undefined {
    for (const alias of aliases) {
      const value = this.#cells.get(columnKey(alias));
      if (value) return value;
    }
    return undefined;
  }

  require(...aliases: string[]): string {
    const value = this.get(...aliases);
    if (value === undefined) throw new ImportRowError(`"${aliases[0]}" is empty`);
    return value;
  }

  /** A date column as UTC ISO; a value that is there but unreadable is an error, never a guess. */
  date(...aliases: string[]): string | undefined {
    const value = this.get(...aliases);
    if (value === undefined) return undefined;
    const iso = parseImportDate(value, this.dates);
    if (!iso) throw new ImportRowError(`"${aliases[0]}" is not a date: ${JSON.stringify(value)}`);
    return iso;
  }

  requireDate(...aliases: string[]): string {
    const iso = this.date(...aliases);
    if (!iso) throw new ImportRowError(`"${aliases[0]}" is empty`);
    return iso;
  }

  number(...aliases: string[]): number | undefined {
    const value = this.get(...aliases);
    if (value === undefined) return undefined;
    const n = Number(value.replace(',', '.'));
    if (!Number.isFinite(n)) throw new ImportRowError(`"${aliases[0]}" is not a number: ${JSON.stringify(value)}`);
    return n;
  }
}

/** A row mapped to the generic record shape (see import-record.ts), validated after mapping. */
export type GenericRecordInput = Record<string, unknown> & { type: 'touchpoint' | 'customer' };

export interface ImportPreset {
  id: 'zendesk' | 'hubspot' | 'salesforce' | 'freshdesk' | 'generic';
  name: string;
  /** Columns that must all be in the header (any alias); each inner list is one column's aliases. */
  requiredColumns: string[][];
  /** Rows become generic records; `{skip}` passes over a row that is not a customer interaction, saying why. */
  toRecords(row: RowReader, headers: string[]): GenericRecordInput[] | { skip: string };
}

export const definePreset = (preset: ImportPreset): ImportPreset => preset;

/** "Marta Ruiz (marta@example.com); Ana (ana@x.es)" → the first name and e-mail (HubSpot association columns). */
export function firstAssociated(value: string | undefined): { name?: string; email?: string } {
  const first = value?.split(';')[0]?.trim();
  if (!first) return {};
  const m = /^(.*?)\s*\(([^()\s]+@[^()\s]+)\)\s*$/.exec(first);
  if (m) return { ...(m[1] ? { name: m[1] } : {}), email: m[2]! };
  return first.includes('@') ? { email: first } : { name: first };
}

/** Adds `minutes` to an ISO instant. */
export const plusMinutes = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** Drops undefined values so the generic record stays minimal (and its content hash stable). */
export function compact<T extends Record<string, unknown>>(record: T): T {
  // A loop, not entries → filter → fromEntries: it runs twice for every row of an export.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[key] = v;
  }
  return out as T;
}
