// Stage 4: language, sentiment, moment of truth, journey stage and priority; the result is a Mention.
import type { Mention } from '../../shared/mention.ts';
import { priorityOf } from '../../shared/priority/index.ts';
import { analyzeText } from '../enrich/analyze.ts';
import type { Clusterer } from './cluster.ts';
import type { MatchedItem } from './match-brands.ts';

export function enrichItems(items: readonly MatchedItem[], now: Date, clusterer?: Clusterer): Mention[] {
  const collectedAt = now.toISOString();
  return items.map((item) => {
    const analysis = analyzeText({ text: item.text, title: item.title, lang: item.lang, rating: item.rating, platform: item.platform, kind: item.kind });
    const { priority } = priorityOf({
      sentiment: analysis.sentiment,
      reach: item.reach,
      publishedAt: item.publishedAt,
      now: collectedAt,
      rating: item.rating,
      moment: analysis.moment,
    });
    return {
      id: item.id,
      source: item.source,
      platform: item.platform,
      kind: item.kind,
      url: item.url,
      author: item.author,
      title: item.title,
      text: item.text,
      rating: item.rating,
      lang: analysis.lang,
      publishedAt: item.publishedAt,
      collectedAt,
      reach: item.reach,
      sentiment: analysis.sentiment,
      moment: analysis.moment,
      stage: analysis.stage,
      matches: item.matches,
      clusterId: clusterer?.clusterOf(item.id, item.title ? `${item.title}\n${item.text}` : item.text),
      triage: { status: 'new', updatedAt: collectedAt },
      priority,
    };
  });
}
