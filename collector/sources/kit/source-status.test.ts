import { describe, expect, it } from 'vitest';
import type { SourceState } from '../../store/store.ts';
import { describeSources } from './source-status.ts';
import { sourceEntry } from '../testing/fake-http.ts';

const state = (id: string, extra: Partial<SourceState> = {}): SourceState => ({ id, kind: 'rss', url: `https://${id}.example/feed`, itemsSeen: 10, itemsNew: 2, errorCount: 0, ...extra });

describe('describeSources', () => {
  const configured = [
    { ...sourceEntry('rss', 'https://ok.example/feed'), id: 'ok', every: '10m' },
    { ...sourceEntry('reddit', 'https://www.reddit.com/search.json?q=a'), id: 'failing', every: '10m' },
    { ...sourceEntry('rss', 'https://new.example/feed'), id: 'new' },
    { ...sourceEntry('rss', 'https://off.example/feed'), id: 'off', enabled: false },
  ];
  const states = [
    state('ok', { lastRunAt: '2026-11-20T10:00:00.000Z', lastSuccessAt: '2026-11-20T10:00:00.000Z', nextRunAt: '2026-11-20T10:09:30.000Z' }),
    state('failing', { lastRunAt: '2026-11-20T10:00:00.000Z', errorCount: 2, lastError: 'fetcher: www.reddit.com answered 429 Too Many Requests', itemsSeen: 0, itemsNew: 0 }),
    state('off', { lastRunAt: '2026-11-01T00:00:00.000Z' }),
    state('gone', { lastRunAt: '2026-11-02T00:00:00.000Z' }),
  ];

  it('joins config and store: health, counts, the recorded next run or an estimate with backoff', () => {
    const rows = describeSources(configured, states);
    expect(rows.map((r) => [r.id, r.health, r.nextRunAt, r.nextRunEstimated])).toEqual([
      ['ok', 'ok', '2026-11-20T10:09:30.000Z', undefined],
      // two failures in a row: 10 min × 2² = 40 min after the last run
      ['failing', 'failing', '2026-11-20T10:40:00.000Z', true],
      ['new', 'pending', undefined, undefined],
      ['off', 'disabled', undefined, undefined],
      ['gone', 'removed', undefined, undefined],
    ]);
    expect(rows[1]).toMatchObject({ kind: 'reddit', every: '10m', errorCount: 2, lastError: 'fetcher: www.reddit.com answered 429 Too Many Requests', itemsSeen: 0 });
    expect(rows[0]).toMatchObject({ itemsSeen: 10, itemsNew: 2, lastSuccessAt: '2026-11-20T10:00:00.000Z' });
  });

  it('lists the store alone when no config is at hand', () => {
    const rows = describeSources(undefined, states);
    expect(rows.map((r) => [r.id, r.health])).toEqual([['ok', 'ok'], ['failing', 'failing'], ['off', 'ok'], ['gone', 'ok']]);
    expect(rows[0]?.nextRunAt).toBe('2026-11-20T10:09:30.000Z');
  });
});
