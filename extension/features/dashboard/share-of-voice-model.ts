// The dashboard's share-of-voice figures: the collector's GET /api/stats/share-of-voice for the dashboard's
// range and platform, else the same arithmetic (shared/share-of-voice) over the mentions synced here.
import { effect, signal } from '@preact/signals';
import type { ShareOfVoice } from '../../../shared/api/share-of-voice.ts';
import type { Mention } from '../../../shared/mention.ts';
import { shareOfVoiceOf } from '../../../shared/share-of-voice/share-of-voice.ts';
import { sentimentStatsOf } from '../../../shared/stats/sentiment-tally.ts';
import { isConfigured, settingsItem } from '../../settings/settings.ts';
import { createCollectorClient } from '../../sync/collector-client.ts';
import type { DashboardModel } from './dashboard-model.ts';
import { bucketFor, type StatsRange } from './stats-range.ts';

/** Each brand's counts and aspect opinions from the mentions held here; a brand is a competitor when its matches say so. */
export function localShareOfVoice(mentions: readonly Mention[], view: StatsRange, now: string): ShareOfVoice {
  const q = { from: view.from, to: view.to, bucket: bucketFor(view) };
  const brands = [...new Set(mentions.flatMap((m) => m.matches.map((b) => b.brand)))].sort();
  return shareOfVoiceOf(
    q,
    brands.map((brand) => {
      const own = mentions.filter((m) => m.matches.some((b) => b.brand === brand));
      const aspects = new Map<string, { aspect: string; positive: number; negative: number }>();
      for (const a of own.flatMap((m) => m.aspects ?? [])) {
        const tally = aspects.get(a.aspect) ?? { aspect: a.aspect, positive: 0, negative: 0 };
        if (a.sentiment !== 'neutral') tally[a.sentiment] += 1;
        aspects.set(a.aspect, tally);
      }
      return {
        brand,
        competitor: own.some((m) => m.matches.some((b) => b.brand === brand && b.competitor)),
        series: sentimentStatsOf(own, { ...q, by: 'platform', now }).series,
        aspects: [...aspects.values()],
      };
    }),
  );
}

/** Follows the dashboard's range and platform (never its brand filter: share of voice compares every brand). */
export function createShareOfVoiceModel(dashboard: DashboardModel, fetchImpl?: typeof fetch) {
  const voice = signal<ShareOfVoice | undefined>(undefined);
  let generation = 0;
  const dispose = effect(() => {
    const state = dashboard.state.value;
    const view = dashboard.range.value;
    const platform = dashboard.platform.value;
    if (state.kind !== 'ready') return;
    const asked = ++generation;
    void (async () => {
      let next: ShareOfVoice;
      try {
        const settings = await settingsItem.getValue();
        if (state.source !== 'collector' || !isConfigured(settings)) throw new Error('offline');
        next = await createCollectorClient(settings, fetchImpl).shareOfVoice({ from: view.from, to: view.to, bucket: bucketFor(view), ...(platform ? { platform } : {}) });
      } catch {
        next = localShareOfVoice(state.mentions, view, new Date().toISOString());
      }
      if (asked === generation) voice.value = next;
    })();
  });
  return { voice, dispose };
}
