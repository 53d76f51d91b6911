// State of the ZMOT dashboard (signals): the date range and filters, the figures from the collector's
// GET /api/stats/sentiment (else computed from the mentions synced here), and the CSV of the current view.
import { computed, effect, signal } from '@preact/signals';
import { isAboutCompetitorsOnly, type Mention } from '../../../shared/mention.ts';
import { db } from '../../db/vigia-db.ts';
import { translatorFor, type Translator } from '../../i18n/dictionary.ts';
import { isConfigured, settingsItem } from '../../settings/settings.ts';
import { createCollectorClient } from '../../sync/collector-client.ts';
import { describeError } from '../../sync/collector-errors.ts';
import type { SentimentStats, StatsDimension, StatsQuery } from '../../sync/sentiment-stats.ts';
import { watchUiLanguage } from '../../ui/ui-language.ts';
import { computeLocalStats } from './local-stats.ts';
import { toCsv } from './stats-csv.ts';
import { bucketFor, lastDays, type StatsRange } from './stats-range.ts';

/** The breakdowns the dashboard shows, one request each. */
export const DIMENSIONS = ['platform', 'moment', 'stage'] as const satisfies readonly StatsDimension[];

/** What the dashboard shows. */
export type DashboardState =
  | { kind: 'loading' }
  | { kind: 'ready'; source: 'collector' | 'local'; detail?: string; stats: Record<(typeof DIMENSIONS)[number], SentimentStats>; mentions: Mention[] };

export type DashboardModel = ReturnType<typeof createDashboardModel>;

/** Seams for tests. @default the saved settings, the global fetch and the clock */
export interface DashboardOptions {
  fetchImpl?: typeof fetch;
  now?: () => number;
}

export function createDashboardModel(options: DashboardOptions = {}) {
  const now = options.now ?? Date.now;
  const { language, dispose: disposeLanguage } = watchUiLanguage();
  const t = computed<Translator>(() => translatorFor(language.value));
  const range = signal<StatsRange>(lastDays(30, now()));
  const platform = signal<string | undefined>(undefined);
  const brand = signal<string | undefined>(undefined);
  const state = signal<DashboardState>({ kind: 'loading' });
  const facets = signal<{ platforms: string[]; brands: string[] }>({ platforms: [], brands: [] });
  let generation = 0;

  async function mentionsIn(view: StatsRange): Promise<Mention[]> {
    const rows = await db.mentions.where('recency').between(view.from, view.to, true, false).toArray();
    return rows.map((r) => r.mention);
  }

  async function load(): Promise<void> {
    const asked = ++generation;
    const view = range.value;
    const base = { from: view.from, to: view.to, bucket: bucketFor(view), ...(platform.value ? { platform: platform.value } : {}), ...(brand.value ? { brand: brand.value } : { competitor: false }) };
    const queries = DIMENSIONS.map((by): StatsQuery => ({ ...base, by }));
    state.value = { kind: 'loading' };
    const all = await mentionsIn(view);
    facets.value = {
      platforms: [...new Set(all.map((m) => m.platform))].sort(),
      brands: [...new Set(all.flatMap((m) => m.matches.map((b) => b.brand)))].sort(),
    };
    // No brand chosen: our brands (as the key drivers), the competitors being compared under share of voice.
    const mentions = all.filter((m) => (!platform.value || m.platform === platform.value) && (brand.value ? m.matches.some((b) => b.brand === brand.value) : !isAboutCompetitorsOnly(m.matches)));
    const settings = await settingsItem.getValue();
    let next: DashboardState;
    try {
      if (!isConfigured(settings)) throw new Error(t.value('popup.notConfigured'));
      const client = createCollectorClient(settings, options.fetchImpl);
      const [byPlatform, byMoment, byStage] = await Promise.all(queries.map((q) => client.sentimentStats(q)));
      next = { kind: 'ready', source: 'collector', stats: { platform: byPlatform!, moment: byMoment!, stage: byStage! }, mentions };
    } catch (error) {
      const [byPlatform, byMoment, byStage] = queries.map((q) => computeLocalStats(mentions, q, now()));
      next = { kind: 'ready', source: 'local', detail: describeError(error), stats: { platform: byPlatform!, moment: byMoment!, stage: byStage! }, mentions };
    }
    if (asked === generation) state.value = next;
  }

  const disposeLoad = effect(() => {
    // Reload when the range or a filter changes (reading them subscribes).
    void [range.value, platform.value, brand.value];
    void load();
  });

  return {
    t,
    language,
    range,
    platform,
    brand,
    state,
    facets,
    reload: load,
    /** The current view's mentions as a CSV file's name and text. */
    csv(): { filename: string; text: string } | undefined {
      const current = state.value;
      if (current.kind !== 'ready') return undefined;
      const { from, to } = range.value;
      return { filename: `vigia-mentions-${from.slice(0, 10)}-${to.slice(0, 10)}.csv`, text: toCsv(current.mentions) };
    },
    dispose(): void {
      disposeLoad();
      disposeLanguage();
    },
  };
}
