import { describe, expect, it } from 'vitest';
import type { SourceState, VigiaStore } from '../store/store.ts';
import { sourceEntry } from '../sources/testing/fake-http.ts';
import { relativeTime, runStatus } from './status.ts';

const now = new Date('2026-11-20T10:05:00.000Z');
const states: SourceState[] = [
  { id: 'lumora-news', kind: 'google-news', url: 'https://news.google.com/rss/search?q=lumora', lastRunAt: '2026-11-20T10:01:00.000Z', nextRunAt: '2026-11-20T10:31:00.000Z', itemsSeen: 100, itemsNew: 3, errorCount: 0 },
  { id: 'lumora-x', kind: 'x', url: 'https://api.x.com/2/tweets/search/recent?query=lumora', lastRunAt: '2026-11-20T10:00:00.000Z', itemsSeen: 0, itemsNew: 0, errorCount: 1, lastError: 'config: source lumora-x: environment variable X_BEARER_TOKEN is not set' },
];
const store = { listSourceStates: async () => states, listMentions: async () => ({ items: [], lastSeq: 0 }) } as unknown as VigiaStore;
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
    await runStatus({ listSourceStates: async () => [], listMentions: async () => ({ items: [], lastSeq: 0 }) } as unknown as VigiaStore, { sources: [] }, (l) => lines.push(l));
    expect(lines[0]).toMatch(/^No sources yet/);
    expect(['2026-11-20T10:05:00.400Z', '2026-11-20T12:05:00.000Z', '2026-11-17T10:05:00.000Z'].map((t) => relativeTime(t, now))).toEqual(['now', 'in 2h', '3d ago']);
    // Under a minute in seconds: a 30 s interval must not read "now" forever.
    expect(['2026-11-20T10:05:35.000Z', '2026-11-20T10:04:48.000Z'].map((t) => relativeTime(t, now))).toEqual(['in 35s', '12s ago']);
  });
});

describe('vigia status on what came from outside', () => {
  it('prints no terminal control that a remote answer put in an error, nor a forged line', async () => {
    const hostile: SourceState = { ...states[1]!, id: 'lumora-x', lastError: 'parser: bad \u001b[2J\u001b]0;pwned\u0007answer\r\n✓  lumora-news  ok\u009b31m!' };
    const lines: string[] = [];
    await runStatus({ ...store, listSourceStates: async () => [states[0]!, hostile] } as unknown as VigiaStore, config, (l) => lines.push(l), { now });
    const text = lines.join('\n');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(lines.at(-1)).toBe('lumora-x: parser: bad answer\\x0d\\x0a✓  lumora-news  ok!');
    const json: string[] = [];
    await runStatus({ ...store, listSourceStates: async () => [hostile] } as unknown as VigiaStore, config, (l) => json.push(l), { json: true, now });
    for (const line of json) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(json.map((l) => JSON.parse(l) as { id: string; lastError?: string }).find((r) => r.id === 'lumora-x')?.lastError).toBe(hostile.lastError);
  });
});

describe('vigia status warns about handles without a platform', () => {
  const mention = (source: string, platform: string, author: Record<string, string>) => ({ id: `${source}-${author.name}`, source, platform, author });
  const mirror = { ...sourceEntry('rss', 'https://redlib.example/r/lumora/new.rss'), id: 'reddit-mirror' };
  const hub = { ...sourceEntry('rss', 'https://hub.example/twitter/user/lumora'), id: 'x-hub' };
  const fixed = { ...sourceEntry('rss', 'https://redlib.example/r/lumora2/new.rss'), id: 'fixed', platform: 'reddit' };
  const blog = { ...sourceEntry('rss', 'https://blog.example/feed'), id: 'blog' };
  const mentions = [
    mention('reddit-mirror', 'rss', { name: 'u/marta_rz', handle: 'marta_rz' }),
    mention('reddit-mirror', 'rss', { name: 'u/pepe', handle: 'pepe' }),
    mention('x-hub', 'rss', { name: '@lumora_fan' }),
    mention('fixed', 'rss', { name: 'u/old', handle: 'old' }),
    mention('blog', 'rss', { name: 'Ana Ruiz' }),
    mention('lumora-reddit', 'reddit', { name: 'u/ok', handle: 'ok' }),
  ];
  const withMentions = { listSourceStates: async () => [], listMentions: async (filter: { platform?: string }) => ({ items: mentions.filter((m) => !filter.platform || m.platform === filter.platform), lastSeq: 0 }) } as unknown as VigiaStore;

  it('names each source whose posts carry author handles but no platform, and what to set', async () => {
    const lines: string[] = [];
    await runStatus(withMentions, { sources: [mirror, hub, fixed, blog] }, (l) => lines.push(l), { now });
    const warnings = lines.filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^warning: reddit-mirror: 2 posts carry author handles \(e\.g\. marta_rz\) but no platform/);
    expect(warnings[0]).toMatch(/"platform"/);
    expect(warnings[1]).toMatch(/^warning: x-hub: 1 post carries author handles \(e\.g\. lumora_fan\)/);
    const json: string[] = [];
    await runStatus(withMentions, { sources: [mirror, hub, fixed, blog] }, (l) => json.push(l), { json: true, now });
    expect(json.map((l) => JSON.parse(l) as { id: string; warnings?: string[] }).filter((r) => r.warnings).map((r) => r.id)).toEqual(['reddit-mirror', 'x-hub']);
  });
});
