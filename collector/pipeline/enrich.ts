// Stage 4: language, sentiment, moment of truth, journey stage, urgency and priority (with its reasons);
// the result is a Mention. Linking to a known customer (stage 5) may raise urgency and priority later.
import type { Mention } from '../../shared/mention.ts';
import { brandTermsOf } from '../../shared/priority/index.ts';
import type { AnalyzeInput, Analysis } from '../enrich/analyze.ts';
import type { CorrectionLayer } from '../enrich/corrections/layer.ts';
import { analyzeCorrected } from '../enrich/pool/analyze-corrected.ts';
import { analyzeBatch } from '../enrich/pool/analyze-batch.ts';
import type { Clusterer } from './cluster.ts';
import { triageOf, type MentionEnrichment, type MentionInput } from '../enrich/pool/enrich-mention.ts';
import type { CollectedItem, MatchedItem } from './match-brands.ts';

const inputOf = (item: MatchedItem): AnalyzeInput => ({
  text: item.text, title: item.title, lang: item.lang, rating: item.rating, platform: item.platform, kind: item.kind,
  reach: item.reach, brand: brandTermsOf(item.matches), brands: item.matches.map((m) => m.brand),
});

/** `layer`: the installation's sentiment corrections, applied over the shipped reading. */
export function enrichItems(items: readonly MatchedItem[], now: Date, clusterer?: Clusterer, layer?: CorrectionLayer): Mention[] {
  return toMentions(items, items.map((item) => analyzeCorrected(inputOf(item), layer)), now, clusterer);
}

/** enrichItems for a collection run: a large batch is analyzed on the enrichment pool's threads. */
export async function enrichBatch(items: readonly MatchedItem[], now: Date, clusterer?: Clusterer, layer?: CorrectionLayer): Promise<Mention[]> {
  return toMentions(items, await analyzeItems(items, layer), now, clusterer);
}

/** The analyses of `items`, on the enrichment pool's threads when the batch is large (see analyzeBatch). */
export async function analyzeItems(items: readonly MatchedItem[], layer?: CorrectionLayer): Promise<Analysis[]> {
  return (await analyzeBatch(items.map(inputOf), { layer }))!;
}

/** The mentions of analyzed items; near-duplicates are grouped here, so batches must come in item order. */
export function toMentions(items: readonly MatchedItem[], analyses: readonly Analysis[], now: Date, clusterer?: Clusterer): Mention[] {
  const collectedAt = now.toISOString();
  return mentionsOf(items, items.map((item, i) => {
    const analysis = analyses[i]!;
    return { lang: analysis.lang, sentiment: analysis.sentiment, moment: analysis.moment, stage: analysis.stage, aspects: analysis.aspects, triage: triageOf(item, analysis, collectedAt) };
  }), now, clusterer);
}

/** The mention input of a collected item (its language absent when brand matching did not need it). */
export const mentionInputOf = (item: CollectedItem): MentionInput => ({
  text: item.text, title: item.title, lang: item.lang, langHint: item.langHint, rating: item.rating, platform: item.platform, kind: item.kind,
  reach: item.reach, publishedAt: item.publishedAt, matches: item.matches,
});

/** The mentions of enriched items (enrichMention); near-duplicates are grouped here, so batches must come in item order. */
export function mentionsOf(items: readonly CollectedItem[], enriched: readonly MentionEnrichment[], now: Date, clusterer?: Clusterer): Mention[] {
  const collectedAt = now.toISOString();
  return items.map((item, i) => {
    const { triage, ...analysis } = enriched[i]!;
    // Built whole, in the key order `{ ...mention, ...triage }` gave (priority in place, urgency and its reasons last).
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
      aspects: analysis.aspects,
      matches: item.matches,
      clusterId: clusterer?.clusterOf(item.id, item.title ? `${item.title}\n${item.text}` : item.text),
      triage: { status: 'new', updatedAt: collectedAt },
      priority: triage.priority,
      urgency: triage.urgency,
      priorityWhy: triage.priorityWhy,
    } satisfies Mention;
  });
}
