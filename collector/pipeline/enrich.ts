// Stage 4: language, sentiment, moment of truth, journey stage, urgency and priority (with its reasons);
// the result is a Mention. Linking to a known customer (stage 5) may raise urgency and priority later.
import type { Mention } from '../../shared/mention.ts';
import { brandTermsOf, triageMention } from '../../shared/priority/index.ts';
import { analyzeText } from '../enrich/analyze.ts';
import type { CorrectionLayer } from '../enrich/corrections/layer.ts';
import type { Clusterer } from './cluster.ts';
import type { MatchedItem } from './match-brands.ts';

/** `layer`: the installation's sentiment corrections, applied over the shipped reading. */
export function enrichItems(items: readonly MatchedItem[], now: Date, clusterer?: Clusterer, layer?: CorrectionLayer): Mention[] {
  const collectedAt = now.toISOString();
  return items.map((item) => {
    const shipped = analyzeText({
      text: item.text, title: item.title, lang: item.lang, rating: item.rating, platform: item.platform, kind: item.kind,
      reach: item.reach, brand: brandTermsOf(item.matches), brands: item.matches.map((m) => m.brand),
    });
    const analysis = layer ? layer.adjust(item.title ? `${item.title}.\n${item.text}` : item.text, shipped.lang, shipped) : shipped;
    const mention: Mention = {
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
      aspects: analysis.aspects,
      matches: item.matches,
      clusterId: clusterer?.clusterOf(item.id, item.title ? `${item.title}\n${item.text}` : item.text),
      triage: { status: 'new', updatedAt: collectedAt },
      priority: 0,
    };
    return { ...mention, ...triageMention(mention) };
  });
}
