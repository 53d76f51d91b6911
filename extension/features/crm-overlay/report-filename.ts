// The journey report's file name: the customer's name made safe for every file system (accents dropped,
// anything but letters, digits, "-" and "_" turned into "-"), the day and the language.
import type { ReportFormat } from '../../../shared/api/journey-report.ts';

export function reportFilename(name: string, format: ReportFormat, lang: 'en' | 'es', now: Date): string {
  const safe = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 60)
    .replace(/[-_]+$/, '');
  return `journey-${safe || 'customer'}-${now.toISOString().slice(0, 10)}-${lang}.${format}`;
}
