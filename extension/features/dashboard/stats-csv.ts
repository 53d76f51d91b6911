// The dashboard's current view as CSV: one row per mention with sentiment, moment, stage, platform and
// triage status, quoted by RFC 4180, with a byte-order mark so spreadsheets read the accents.
import type { Mention } from '../../../shared/mention.ts';

export const CSV_COLUMNS = ['id', 'published_at', 'platform', 'brands', 'author', 'sentiment', 'score', 'moment', 'stage', 'status', 'assignee', 'priority', 'url', 'title', 'text'] as const;

/** A field quoted when it holds a comma, quote or line break; formula-looking text is defused for spreadsheets. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // A cell starting with = + - @ runs as a formula in spreadsheets: collected text must stay text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(mentions: Mention[]): string {
  const rows = mentions.map((m) =>
    [
      m.id,
      m.publishedAt ?? '',
      m.platform,
      [...new Set(m.matches.map((b) => b.brand))].join('; '),
      m.author.name ?? m.author.handle,
      'label' in m.sentiment ? m.sentiment.label : 'unscored',
      'score' in m.sentiment ? m.sentiment.score : undefined,
      m.moment,
      m.stage,
      m.triage.status,
      m.triage.assignee,
      m.priority,
      m.url,
      m.title,
      m.text,
    ]
      .map(csvField)
      .join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
