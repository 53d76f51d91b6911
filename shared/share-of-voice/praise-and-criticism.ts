// The aspects a brand is praised and criticised for, from its key drivers (shared/stats/key-drivers.ts): the
// ones most often spoken of well, and most often badly, in the range — how a competitor wins or loses.
import type { AspectDriver } from '../stats/key-drivers.ts';

/** How many aspects each side lists. */
export const PRAISE_ASPECTS = 3;

export interface AspectVoice {
  aspect: string;
  /** Mentions speaking of it well (praised) or badly (criticised). */
  mentions: number;
}

/** Praised: more positive than negative mentions, most positive first; criticised the other way round. */
export function praiseAndCriticismOf(aspects: readonly Pick<AspectDriver, 'aspect' | 'positive' | 'negative'>[], limit = PRAISE_ASPECTS): { praised: AspectVoice[]; criticised: AspectVoice[] } {
  const pick = (side: 'positive' | 'negative', other: 'positive' | 'negative') =>
    aspects
      .filter((a) => a[side] > a[other])
      .sort((a, b) => b[side] - a[side] || (a.aspect < b.aspect ? -1 : 1))
      .slice(0, limit)
      .map((a) => ({ aspect: a.aspect, mentions: a[side] }));
  return { praised: pick('positive', 'negative'), criticised: pick('negative', 'positive') };
}
