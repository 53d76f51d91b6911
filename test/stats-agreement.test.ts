// The ZMOT dashboard's figures agree whichever side computes them: the collector's GET /api/stats/sentiment
// (SQL aggregates over its store, on SQLite and on PostgreSQL when a test server is there) and the
// extension's offline figures (computed from the mentions it synced) give the same answer for the same
// mentions, for every bucket size, breakdown and filter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mention, Sentiment, TriageStatus } from '../shared/mention.ts';
import type { JourneyStage, MomentOfTruth } from '../shared/moment-of-truth.ts';
import { createApi, type Api } from '../collector/api/server.ts';
import { openPostgresStore } from '../collector/store/postgres-store.ts';
import { dropSchema, findTestPostgres, testSchemaName } from '../collector/store/testing/postgres-test-server.ts';
import { openSqliteStore } from '../collector/store/sqlite-store.ts';
import type { VigiaStore } from '../collector/store/store.ts';
import { computeLocalStats } from '../extension/features/dashboard/local-stats.ts';
import type { StatsQuery } from '../extension/sync/sentiment-stats.ts';

const HOUR = 3_600_000;
/** The collector judges unanswered mentions at its own clock, a few milliseconds after this one. */
const now = Date.now();
const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();

/** A deterministic spread of mentions: platforms, brands, moments, stages, labels, answers and their delays. */
function mentionsToCompare(): Mention[] {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  const sentiments: Sentiment[] = [
    { score: -0.8, label: 'negative', confidence: 0.9 },
    { score: -0.4, label: 'negative', confidence: 0.6 },
    { score: 0.1, label: 'neutral', confidence: 0.5 },
    { score: 0.7, label: 'positive', confidence: 0.8 },
    { unscored: 'no sentiment signal' },
  ];
  const platforms = ['reddit', 'mastodon', 'trustpilot', 'google-maps'];
  const brands = [[], [{ brand: 'Lumora', terms: ['lumora'] }], [{ brand: 'Acme', terms: ['acme'] }], [{ brand: 'Lumora', terms: ['lumora'] }, { brand: 'Acme', terms: ['acme'] }]];
  const moments: (MomentOfTruth | undefined)[] = ['LZMOT', 'ZMOT', 'IMOT', undefined];
  const stages: (JourneyStage | undefined)[] = ['experience', 'consideration', undefined];
  const texts = [
    'El técnico de Lumora no vino otra vez, tercera cita perdida y sin internet',
    'Router caído desde el lunes, el soporte de Acme no contesta',
    'Billing charged me twice and support never answered my ticket',
    'La factura llegó duplicada, me cambio de compañía',
    'Great fibre speed, the technician was friendly',
  ];
  // Hours from publication to the first answer: inside every bar of the histogram, and never.
  const answers = [0.25, 2.5, 6.5, 20.5, 40.5, 60.5, 150.5, 300.5, undefined, undefined];
  const statuses: TriageStatus[] = ['assigned', 'responded', 'resolved', 'ignored'];
  return Array.from({ length: 90 }, (_, i): Mention => {
    // Half hours, so no mention is exactly 48 hours old, whichever of the two clocks reads it.
    const publishedHoursAgo = 1.5 + next(24 * 40);
    const published = at(publishedHoursAgo);
    const answerHours = answers[next(answers.length)];
    const answered = answerHours !== undefined && answerHours < publishedHoursAgo;
    const moment = moments[next(moments.length)];
    const stage = stages[next(stages.length)];
    const noDate = next(10) === 0;
    // Complaints read mostly negative and praise positive, as real ones do: the phrases negative mentions
    // over-use are then there to rank (against random labels none would be).
    const text = next(texts.length);
    const sentiment = text < 4 ? sentiments[next(4) === 0 ? 2 + next(3) : next(2)]! : sentiments[2 + next(3)]!;
    return {
      id: `agree-${i}`,
      source: 'agreement',
      platform: platforms[next(platforms.length)]!,
      kind: 'post',
      author: { handle: `author${next(20)}` },
      text: texts[text]!,
      lang: 'es',
      ...(noDate ? {} : { publishedAt: published }),
      collectedAt: noDate ? published : at(publishedHoursAgo - 0.5),
      sentiment,
      ...(moment ? { moment } : {}),
      ...(stage ? { stage } : {}),
      matches: brands[next(brands.length)]!,
      triage: answered ? { status: statuses[next(statuses.length)]!, updatedAt: new Date(Date.parse(published) + answerHours * HOUR).toISOString() } : { status: 'new', updatedAt: published },
      priority: next(100),
    };
  });
}

const range = { from: at(24 * 35), to: at(-1) };
const queries: StatsQuery[] = [
  { ...range, bucket: 'day', by: 'platform' },
  { ...range, bucket: 'week', by: 'moment' },
  { ...range, bucket: 'day', by: 'stage' },
  { ...range, bucket: 'day', by: 'brand' },
  { from: at(24 * 2), to: at(-1), bucket: 'hour', by: 'platform' },
  { ...range, bucket: 'week', by: 'brand', brand: 'Acme' },
  { ...range, bucket: 'day', by: 'moment', platform: 'reddit' },
  { from: at(24 * 80), to: at(24 * 60), bucket: 'day', by: 'platform' },
];

interface Engine {
  store: VigiaStore;
  close(): Promise<void>;
}

async function openSqlite(): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-agreement-'));
  const store = openSqliteStore(join(dir, 'vigia.db'));
  return { store, close: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

async function openPostgres(url: string): Promise<Engine> {
  const schema = testSchemaName();
  const store = await openPostgresStore(url, { schema });
  return { store, close: async () => (await store.close(), await dropSchema(url, schema)) };
}

const postgres = await findTestPostgres();
const engines: [string, (() => Promise<Engine>) | undefined][] = [
  ['SQLite', openSqlite],
  ['PostgreSQL', postgres.url ? () => openPostgres(postgres.url) : undefined],
];

describe.each(engines)('sentiment statistics, collector (%s) and extension', (_name, open) => {
  let engine: Engine;
  let api: Api;
  let auth: { authorization: string };
  let synced: Mention[];

  beforeAll(async () => {
    if (!open) return;
    engine = await open();
    api = createApi({ store: engine.store });
    auth = { authorization: `Bearer ${await engine.store.createToken('dashboard')}` };
    await engine.store.insertMentions(mentionsToCompare());
    // What the extension holds: the mentions as the change feed gave them.
    synced = (await api.app.inject({ url: '/api/mentions?since=0&limit=500', headers: auth })).json().items;
  });
  afterAll(async () => {
    if (!open) return;
    await api.close();
    await engine.close();
  });

  it.skipIf(!open)('start from the same mentions', () => {
    expect(synced).toHaveLength(90);
  });

  it.skipIf(!open).each(queries)('agree for %o', async (query) => {
    const search = new URLSearchParams(Object.entries(query) as [string, string][]);
    const res = await api.app.inject({ url: `/api/stats/sentiment?${search}`, headers: auth });
    expect(res.statusCode).toBe(200);
    const collector = res.json();
    const extension = computeLocalStats(synced, query, now);
    expect(extension).toEqual(collector);
    // Not vacuous: the wide range holds scored mentions, negatives with answers and without.
    if (query.from === range.from && !query.brand && !query.platform) {
      expect(collector.negativeShare).toBeGreaterThan(0);
      expect(collector.topNegativeTerms.length).toBeGreaterThan(3);
      expect(collector.responseTimes.within48h + collector.responseTimes.over48h).toBeGreaterThan(3);
      expect(collector.responseTimes.buckets.filter((b: { count: number }) => b.count > 0).length).toBeGreaterThan(3);
    }
  });
});
