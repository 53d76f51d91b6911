// One collected item's enrichment as a collection run keeps it: its language (detected as brand matching
// detects it, when matching did not need it), its analysis without the reasons, and the mention's triage
// (urgency, priority and why), which reads the text again. The pool's threads run this, so the thread that
// makes the mentions only groups near-duplicates and builds them; inline runs give the same results.
import type { BrandMatch, Mention, MentionKind } from '../../../shared/mention.ts';
import { brandTermsOf, triageMention, type Triage } from '../../../shared/priority/index.ts';
import { itemLanguage } from '../../pipeline/detect-language.ts';
import type { Analysis } from '../analyze.ts';
import type { CorrectionLayer } from '../corrections/layer.ts';
import { analyzeCorrected } from './analyze-corrected.ts';

/** What the enrichment of one collected item reads (plain data: it travels to a thread). */
export interface MentionInput {
  text: string;
  title?: string;
  /** The item's language when brand matching read it; absent, it is detected from the text and `langHint`. */
  lang?: string;
  langHint?: string;
  rating?: number;
  platform: string;
  kind: MentionKind;
  reach?: number;
  publishedAt?: string;
  matches: BrandMatch[];
}

/** What a mention takes from its enrichment. */
export interface MentionEnrichment extends Pick<Mention, 'lang' | 'sentiment' | 'moment' | 'stage' | 'aspects'> {
  triage: Triage;
}

/** The mention's triage as of `collectedAt`, from its item and analysis. */
export function triageOf(item: MentionInput, analysis: Pick<Analysis, 'sentiment' | 'moment'>, collectedAt: string): Triage {
  return triageMention({
    text: item.text,
    title: item.title,
    platform: item.platform,
    kind: item.kind,
    sentiment: analysis.sentiment,
    rating: item.rating,
    reach: item.reach,
    publishedAt: item.publishedAt,
    collectedAt,
    moment: analysis.moment,
    matches: item.matches,
  });
}

/** The enrichment of `item` collected at `collectedAt` (ISO 8601), with the installation's correction `layer`. */
export function enrichMention(item: MentionInput, collectedAt: string, layer?: CorrectionLayer): MentionEnrichment {
  const lang = item.lang ?? itemLanguage(item);
  const analysis = analyzeCorrected(
    { text: item.text, title: item.title, lang, rating: item.rating, platform: item.platform, kind: item.kind, reach: item.reach, brand: brandTermsOf(item.matches), brands: item.matches.map((m) => m.brand) },
    layer,
  );
  return { lang: analysis.lang, sentiment: analysis.sentiment, moment: analysis.moment, stage: analysis.stage, aspects: analysis.aspects, triage: triageOf(item, analysis, collectedAt) };
}
