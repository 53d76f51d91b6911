// The generic CSV mapping: one column per field of the generic record (see collector/import/README.md).
import { columnKey } from '../csv-table.ts';
import { compact, definePreset, type RowReader } from './define-preset.ts';

/** Per prefix, each header → the platform or system it names ("" when it names none): headers repeat on every row. */
const prefixedNames = new Map<string, Map<string, string>>();

/** "handle_reddit" → reddit, "crm:zendesk" → zendesk: the platform or system is in the header. */
function prefixed(headers: string[], prefix: string, row: RowReader): Record<string, string> | undefined {
  let names = prefixedNames.get(prefix);
  if (!names) prefixedNames.set(prefix, (names = new Map()));
  const out: Record<string, string> = {};
  for (const header of headers) {
    let name = names.get(header);
    if (name === undefined) {
      const m = new RegExp(`^${prefix}[\\s_:.-]+(.+)$`, 'i').exec(header.trim());
      name = m?.[1] ? m[1].trim().toLowerCase() : '';
      if (names.size >= 1024) names.clear();
      names.set(header, name);
    }
    const value = name ? row.get(header) : undefined;
    if (value) out[name] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

const list = (value: string | undefined) => value?.split(';').map((v) => v.trim()).filter(Boolean);

/** Columns whose presence marks a file as using the generic mapping. */
export const GENERIC_MARKERS = ['type', 'channel', 'at', 'external_id'].map(columnKey);

export default definePreset({
  id: 'generic',
  name: 'Generic CSV (one column per field of the generic record)',
  requiredColumns: [],
  toRecords(row, headers) {
    const type = (row.get('type') ?? 'touchpoint').toLowerCase();
    const identity = compact({
      names: list(row.get('name', 'names')),
      emails: list(row.get('email', 'emails')),
      handles: prefixed(headers, 'handle', row),
      crmIds: prefixed(headers, 'crm', row),
    });
    if (type === 'customer') return [compact({ type: 'customer' as const, externalId: row.get('external_id'), ...identity })];
    return [
      compact({
        // Anything but "customer" is validated as a touchpoint, so a typo gets a clear message there.
        type: type as 'touchpoint',
        externalId: row.get('external_id'),
        customer: identity,
        channel: row.get('channel')?.toLowerCase(),
        direction: row.get('direction')?.toLowerCase(),
        at: row.date('at', 'date'),
        summary: row.get('summary'),
        outcome: row.get('outcome')?.toLowerCase(),
        resolvedAt: row.date('resolved_at'),
        sentiment: row.number('sentiment'),
        effort: row.number('effort'),
        moment: row.get('moment')?.toUpperCase(),
        stage: row.get('stage')?.toLowerCase(),
        mentionId: row.get('mention_id'),
      }),
    ];
  },
});
