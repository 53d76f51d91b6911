// The installation's correction layer as every process applies it: trained from the store's corrections
// when they changed since the stored layer was made (any process may do it; all train the same layer from
// the same rows), kept in the store so the others load it instead of training, and cached per store.
import type { Mention } from '../../../shared/mention.ts';
import type { VigiaStore } from '../../store/store.ts';
import type { SentimentCorrectionRecord } from '../../team/team-store.ts';
import { analyzeText } from '../analyze.ts';
import { CUE_BASELINE, logitsOf } from './baseline.ts';
import { decodeLayer, encodeLayer } from './layer-codec.ts';
import { EMPTY_LAYER, learn, type CorrectionLayer } from './layer.ts';

/** The stored layer's name. */
export const SENTIMENT_LAYER = 'sentiment';
/** Uncorrected recent mentions the layer learns to leave as they are. */
const ANCHORS = 300;
const PAGE = 500;

const cache = new WeakMap<VigiaStore, { key: string; layer: CorrectionLayer }>();

/** Which shipped analysis and which corrections a layer stands for: another key means training again. */
const layerKey = (version: string) => `${CUE_BASELINE}#${version}`;

/** Every correction, oldest first (a later correction of a text weighs last). */
export async function allCorrections(store: VigiaStore): Promise<SentimentCorrectionRecord[]> {
  const out: SentimentCorrectionRecord[] = [];
  for (;;) {
    const last = out.at(-1);
    const page = await store.team.corrections({ after: last && { at: last.at, mentionId: last.mentionId }, limit: PAGE });
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

const judged = (m: Mention) => (m.title ? `${m.title}.\n${m.text}` : m.text);

async function train(store: VigiaStore): Promise<CorrectionLayer> {
  const corrections = await allCorrections(store);
  if (!corrections.length) return EMPTY_LAYER;
  const recent = await store.listMentions({}, { mode: 'newest' }, ANCHORS);
  const anchors = recent.items.filter((m) => !m.sentimentCorrection).map((m) => ({ text: judged(m), lang: m.lang }));
  return learn(corrections, { baseline: (text, lang) => logitsOf(analyzeText({ text, lang }).sentiment), anchors });
}

/**
 * The layer for the corrections as they are now: the cached one, the stored one, or a new one trained and
 * stored. A stored layer this version cannot read is trained again, never fatal.
 */
export async function installationLayer(store: VigiaStore): Promise<CorrectionLayer> {
  const key = layerKey(await store.team.correctionsVersion());
  const cached = cache.get(store);
  if (cached?.key === key) return cached.layer;
  const stored = await store.team.loadLayer(SENTIMENT_LAYER);
  let layer: CorrectionLayer | undefined;
  if (stored?.baseline === key) {
    try {
      layer = decodeLayer(stored.weights);
    } catch {
      layer = undefined;
    }
  }
  if (!layer) {
    layer = await train(store);
    await store.team.saveLayer(SENTIMENT_LAYER, { baseline: key, examples: layer.examples, trainedAt: new Date().toISOString(), weights: encodeLayer(layer) });
  }
  cache.set(store, { key, layer });
  return layer;
}
