// Which journey stage a mention belongs to: the stage its moment of truth usually sits in, moved by text
// cues that name a stage outright ("just heard of", "compré", "told my friends"). Explainable like the moments.
import type { JourneyStage, MomentOfTruth } from '../moment-of-truth.ts';
import { STAGES } from '../moment-of-truth.ts';
import { conditionHolds, findPhrases, indexPhrases, type CueGroup, type PhraseIndex } from './cue.ts';
import { momentWords, type MomentInput } from './classify-moment.ts';

/** A stage (or none) and the cues behind it. */
export interface StageDecision {
  stage?: JourneyStage;
  why: string[];
}

/** The stage each moment usually sits in; text cues may move it. */
export const STAGE_OF_MOMENT: Record<MomentOfTruth, JourneyStage> = {
  ZMOT: 'consideration', FMOT: 'purchase', SMOT: 'experience', IMOT: 'experience', TMOT: 'loyalty', LZMOT: 'experience',
};

const STAGE_CUES: Record<JourneyStage, readonly CueGroup[]> = {
  discovery: [{ weight: 3, phrases: ['just heard', 'just found out', 'just discovered', 'acabo de descubrir', 'acabo de conocer', 'never heard of', 'nunca habia oido', 'first time hearing', 'saw an ad', 'vi un anuncio', 'vi la publicidad', 'what is', 'que es', 'alguien conoce', 'anyone heard'] }],
  consideration: [{ weight: 2, phrases: ['should i', 'thinking of', 'pensando en', 'vale la pena?', 'worth it?', 'compared to', 'comparado con', 'versus', 'vs', 'which is better', 'cual es mejor', 'recomiendan', 'opiniones', 'reviews of', 'before buying', 'antes de comprar'] }],
  purchase: [{ weight: 2, phrases: ['just bought', 'acabo de comprar', 'bought', 'compre', 'ordered', 'pedi', 'checkout', 'el pago', 'payment', 'in store', 'en la tienda', 'en tienda', 'at the register', 'en caja', 'unboxing', 'just arrived', 'acaba de llegar', 'me llego', 'delivery', 'la entrega', 'el envio'] }],
  experience: [{ weight: 1, phrases: ['using', 'usando', 'works', 'funciona', 'stopped working', 'dejo de funcionar', 'customer service', 'atencion al cliente', 'support', 'soporte'] }],
  loyalty: [
    { weight: 3, phrases: ['for years', 'llevo anos', 'desde hace anos', 'loyal', 'fiel', 'always buy', 'siempre compro', 'bought again', 'volvi a comprar', 'renewed', 'renove', 'repeat customer', 'member since'] },
    { weight: 3, when: 'negative', phrases: ['cancele', 'cancelled my', 'canceled my', 'me doy de baja', 'me di de baja', 'me cambio a', 'me cambie a', 'switching to', 'switched to', 'dejo de ser cliente', 'closing my account', 'taking my business', 'uninstalling', 'desinstale', 'my last order', 'mi ultimo pedido', 'nunca mas compro', 'no vuelvo a comprar', 'me pase a', 'never ordering', 'never buying', 'la competencia', 'a competitor'] },
  ],
  recommendation: [
    { weight: 3, phrases: ['recommend', 'recommended', 'recomiendo', 'recomende', 'recomendable', 'told my friends', 'told all my friends', 'se lo recomende', 'les dije a mis amigos', '5 stars', 'five stars', 'cinco estrellas', 'stay away', 'avoid', 'eviten', 'no lo recomiendo', 'do not buy', "don't buy", 'no compren', 'warning', 'cuidado con', 'one star', 'una estrella', 'give zero', 'just buy it', 'comprenlo', 'best purchase', 'mejor compra'] },
  ],
};

type StageTag = { stage: JourneyStage; group: CueGroup };
let index: PhraseIndex<StageTag> | undefined;
/** Each group counts at most this many of its phrases. */
const MAX_PER_GROUP = 2;

/** Decide the journey stage of one mention, given the moment already decided for it. */
export function classifyStage(input: MomentInput, moment: MomentOfTruth | undefined): StageDecision {
  index ??= indexPhrases(STAGES.flatMap((stage) => STAGE_CUES[stage].map((group) => ({ tag: { stage, group }, phrases: group.phrases }))));
  const words = momentWords(input);
  const scores = new Map<JourneyStage, number>();
  const why: string[] = [];
  if (moment) {
    scores.set(STAGE_OF_MOMENT[moment], 2);
    why.push(`${STAGE_OF_MOMENT[moment]}: moment ${moment}`);
  }
  if (words.includes('?') && input.sentiment !== 'negative') {
    // A question asks before deciding: "would you recommend…?" is research, not a recommendation.
    scores.set('consideration', (scores.get('consideration') ?? 0) + 2);
    why.push('consideration: asks a question');
  }
  const counted = new Map<CueGroup, number>();
  for (const { tag, text } of findPhrases(index, words)) {
    const n = counted.get(tag.group) ?? 0;
    if (n >= MAX_PER_GROUP || !conditionHolds(tag.group.when, input.sentiment)) continue;
    counted.set(tag.group, n + 1);
    scores.set(tag.stage, (scores.get(tag.stage) ?? 0) + tag.group.weight);
    why.push(`${tag.stage}: "${text}"`);
  }
  let best: JourneyStage | undefined;
  let bestScore = 0;
  // Later stages win ties: a mention that names both buying and recommending is past the purchase.
  for (const stage of STAGES) {
    const score = scores.get(stage) ?? 0;
    if (score >= bestScore && score > 0) (best = stage), (bestScore = score);
  }
  // One shape for every decision (stage first, even when undefined): its readers stay monomorphic.
  if (!best) return { stage: undefined, why: ['no stage cue'] };
  return { stage: best, why: why.filter((line) => line.startsWith(`${best}:`)) };
}
