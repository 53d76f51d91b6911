// Which journey stage a mention belongs to: the stage its moment of truth usually sits in, moved by text
// cues that name a stage outright ("just heard of", "compré", "told my friends"). Explainable like the moments.
import type { JourneyStage, MomentOfTruth } from '../moment-of-truth.ts';
import { STAGES } from '../moment-of-truth.ts';
import { foldText } from '../text-fold.ts';
import { compileCues, conditionHolds, findCues, type CompiledCues, type CueGroup } from './cue.ts';
import type { MomentInput } from './classify-moment.ts';

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
    { weight: 3, when: 'not-positive', phrases: ['cancele', 'cancelled my', 'canceled my', 'me doy de baja', 'me di de baja', 'me cambio a', 'me cambie a', 'switching to', 'switched to', 'dejo de ser cliente', 'closing my account'] },
  ],
  recommendation: [
    { weight: 3, phrases: ['recommend', 'recomiendo', 'recomendable', 'told my friends', 'se lo recomende', 'les dije a mis amigos', '5 stars', 'cinco estrellas', 'stay away', 'eviten', 'no lo recomiendo', 'do not buy', "don't buy", 'no compren', 'warning', 'cuidado con'] },
  ],
};

let compiled: Record<JourneyStage, CompiledCues[]> | undefined;

/** Decide the journey stage of one mention, given the moment already decided for it. */
export function classifyStage(input: MomentInput, moment: MomentOfTruth | undefined): StageDecision {
  compiled ??= Object.fromEntries(STAGES.map((s) => [s, STAGE_CUES[s].map(compileCues)])) as Record<JourneyStage, CompiledCues[]>;
  const folded = foldText(`${input.title ?? ''}\n${input.text}`.slice(0, 4000));
  const scores = new Map<JourneyStage, number>();
  const why: string[] = [];
  if (moment) {
    scores.set(STAGE_OF_MOMENT[moment], 2);
    why.push(`${STAGE_OF_MOMENT[moment]}: moment ${moment}`);
  }
  for (const stage of STAGES) {
    for (const group of compiled[stage]) {
      if (!conditionHolds(group.when, input.sentiment)) continue;
      for (const cue of findCues(group, folded, 2)) {
        scores.set(stage, (scores.get(stage) ?? 0) + group.weight);
        why.push(`${stage}: "${cue}"`);
      }
    }
  }
  let best: JourneyStage | undefined;
  let bestScore = 0;
  // Later stages win ties: a mention that names both buying and recommending is past the purchase.
  for (const stage of STAGES) {
    const score = scores.get(stage) ?? 0;
    if (score >= bestScore && score > 0) (best = stage), (bestScore = score);
  }
  if (!best) return { why: ['no stage cue'] };
  return { stage: best, why: why.filter((line) => line.startsWith(`${best}:`)) };
}
