import { describe, expect, it } from 'vitest';
import { formatRun } from './collect.ts';

describe('collect summary lines', () => {
  it('print a remote error without its terminal controls, on one line', () => {
    const line = formatRun({ id: 'news', ok: false, notModified: false, seen: 0, stored: 0, durationMs: 12, error: 'fetcher: news.example answered 500 \u001b[31mred\u001b[0m\u0007\nforged line' });
    expect(line).toBe('✗ news: error: fetcher: news.example answered 500 red\\x07\\x0aforged line (12 ms)');
    expect(formatRun({ id: 'news', ok: true, notModified: false, seen: 3, stored: 1, durationMs: 5 })).toBe('✓ news: 3 seen, 1 new (5 ms)');
  });
});
