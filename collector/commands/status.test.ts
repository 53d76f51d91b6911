import { describe, expect, it } from 'vitest';
import type { SourceState, VigiaStore } from '../store/store.ts';
import { sourceEntry } from '../sources/testing/fake-http.ts';
import { relativeTime, runStatus } from './status.ts';

const now = new Date('2026-11-20T10:05:00.000Z');
const states: SourceState[] = [
  { id: 'lumora-news', kind: 'google-news', url: 'https://news.google.com/rss/search?q=lumora', lastRunAt: '2026-11-20T10:01:00.000Z', nextRunAt: '2026-11-20T10:31:00.000Z', itemsSeen: 100, itemsNew: 3, errorCount: 0 },
  { id: 'lumora-x', kind: 'x', url: 'https://api.x.com/2/tweets/search/recent?query=lumora', lastRunAt: '2026-11-20T10:00:00.000Z', itemsSeen: 0, itemsNew: 0, errorCount: 1, lastError: 'config: source lumora-x: environment variable X_BEARER_TOKEN is not set' },
];
const store = { listSourceStates: async () => states } as unknown as VigiaStore;
const config = {
  sources: [
    { ...sourceEntry('google-news', states[0]!.url), id: 'lumora-news', every: '30m' },
    { ...sourceEntry('x', states[1]!.url), id: 'lumora-x', every: '15m' },
    { ...sourceEntry('reddit', 'https://www.reddit.com/search.json?q=lumora'), id: 'lumora-reddit' },
  ],
};

describe('vigia status', () => {
  it('prints a table with last run, counts, errors and next run, then each failing source\'s error', async () => {
    const lines: string[] = [];
    const failing = await runStatus(store, config, (l) => lines.push(l), { now });
    expect(failing).toBe(1);
    expect(lines).toEqual([
      '   SOURCE         KIND         LAST RUN  SEEN  NEW  ERRORS  NEXT RUN',
      '✓  lumora-news    google-news  4m ago     100    3       0  in 26m',
      '✗  lumora-x       x            5m ago       0    0       1  ~in 25m',
      '…  lumora-reddit  reddit       –            0    0       0  due',
      '',
      'lumora-x: config: source lumora-x: environment variable X_BEARER_TOKEN is not set',
    ]);
  });

  it('writes one JSON object per source with --json', async () => {
    const lines: string[] = [];
    await runStatus(store, config, (l) => lines.push(l), { json: true, now });
    expect(lines.map((l) => JSON.parse(l) as { id: string; health: string })).toMatchObject([
      { id: 'lumora-news', health: 'ok', itemsSeen: 100, itemsNew: 3, nextRunAt: '2026-11-20T10:31:00.000Z' },
      { id: 'lumora-x', health: 'failing', errorCount: 1, nextRunEstimated: true },
      { id: 'lumora-reddit', health: 'pending' },
    ]);
  });

  it('says how to start when there is nothing to show, and words times relative to now', async () => {
    const lines: string[] = [];
    await runStatus({ listSourceStates: async () => [] } as unknown as VigiaStore, { sources: [] }, (l) => lines.push(l));
    expect(lines[0]).toMatch(/^No sources yet/);
    expect(['2026-11-20T10:05:10.000Z', '2026-11-20T12:05:00.000Z', '2026-11-17T10:05:00.000Z'].map((t) => relativeTime(t, now))).toEqual(['now', 'in 2h', '3d ago']);
  });
});
