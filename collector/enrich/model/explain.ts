// `why` for a model decision: the words and word pairs that pushed hardest toward the label (and the
// strongest one against), and the cue features that weighed most, in words a person reads.
import type { Token } from '../tokenize.ts';
import { DECISION_FEATURES } from './cue-features.ts';

const LABELS = ['negative', 'neutral', 'positive'] as const;
const MARKS = ['−', '=', '+'] as const;
/** Pushes smaller than this (in logits) are not worth naming. */
const MIN_PUSH = 0.05;
const SHOWN = 3;
const TOP_PUSH = new Float64Array(SHOWN);
const TOP_ORIGIN = new Int32Array(SHOWN);
const TOP_MARK = new Int32Array(SHOWN);

/**
 * Lines of `why`. `byOrigin` holds each origin's share of the text logits (origin = token × 2, +1 for
 * the word pair ending at that token); `mix` carries text logits into the final ones [text × final].
 */
export function explainDecision(
  tokens: readonly Token[],
  negatedBy: Int32Array,
  byOrigin: Float64Array,
  mix: Float64Array,
  best: number,
  p: readonly [number, number, number],
  cues: Float64Array | undefined,
): string[] {
  // The SHOWN strongest pushes, strongest first (an equal push after those already kept), in three small
  // arrays reused by every text: no object per candidate and no sort per push.
  let shown = 0;
  let againstOrigin = -1;
  let againstPush = -MIN_PUSH;
  let againstMark = 0;
  for (let origin = 0; origin < tokens.length * 2; origin++) {
    const at = origin * 3;
    const t0 = byOrigin[at]!;
    const t1 = byOrigin[at + 1]!;
    const t2 = byOrigin[at + 2]!;
    if (t0 === 0 && t1 === 0 && t2 === 0) continue;
    const f0 = t0 * mix[0]! + t1 * mix[3]! + t2 * mix[6]!;
    const f1 = t0 * mix[1]! + t1 * mix[4]! + t2 * mix[7]!;
    const f2 = t0 * mix[2]! + t1 * mix[5]! + t2 * mix[8]!;
    const f = best === 0 ? f0 : best === 1 ? f1 : f2;
    const push = f - (f0 + f1 + f2 - f) / 2;
    const mark = f0 >= f1 && f0 >= f2 ? 0 : f1 >= f2 ? 1 : 2;
    if (push < againstPush) (againstOrigin = origin), (againstPush = push), (againstMark = mark);
    if (push < MIN_PUSH || (shown === SHOWN && push <= TOP_PUSH[SHOWN - 1]!)) continue;
    let k = 0;
    while (k < shown && TOP_PUSH[k]! >= push) k++;
    for (let j = shown < SHOWN ? shown : SHOWN - 1; j > k; j--) (TOP_PUSH[j] = TOP_PUSH[j - 1]!), (TOP_ORIGIN[j] = TOP_ORIGIN[j - 1]!), (TOP_MARK[j] = TOP_MARK[j - 1]!);
    (TOP_PUSH[k] = push), (TOP_ORIGIN[k] = origin), (TOP_MARK[k] = mark);
    if (shown < SHOWN) shown++;
  }
  const words: string[] = [];
  for (let k = 0; k < shown; k++) words.push(`${phrase(tokens, negatedBy, TOP_ORIGIN[k]!)} ${MARKS[TOP_MARK[k]!]}`);
  let line = `sentiment: ${Math.round(p[best]! * 100)} % ${LABELS[best]}`;
  if (words.length) line += ` — model: ${words.join(', ')}`;
  if (againstOrigin >= 0) line += `; against: ${phrase(tokens, negatedBy, againstOrigin)} ${MARKS[againstMark]}`;
  const cueNames = cues ? strongestCues(cues, mix, best) : [];
  if (cueNames.length) line += `; cues: ${cueNames.join(', ')}`;
  return [line];
}

function phrase(tokens: readonly Token[], negatedBy: Int32Array, origin: number): string {
  const i = origin >> 1;
  const token = tokens[i]!;
  if (origin & 1) return `"${tokens[i - 1]?.raw ?? ''} ${token.raw}"`;
  const negator = negatedBy[i]!;
  return negator >= 0 ? `"${tokens[negator]!.raw} … ${token.raw}"` : `"${token.raw}"`;
}

// The cue features (past the three text logits in the decision's weights) that pushed toward the label.
function strongestCues(cues: Float64Array, decision: Float64Array, best: number): string[] {
  const pushes: { name: string; push: number }[] = [];
  const inputs = Math.min(DECISION_FEATURES.length, decision.length / 3 - 3);
  for (let k = 0; k < inputs; k++) {
    const v = cues[k]!;
    if (v === 0) continue;
    const at = (3 + k) * 3;
    const f = v * decision[at + best]!;
    const push = f - (v * (decision[at]! + decision[at + 1]! + decision[at + 2]!) - f) / 2;
    if (push >= MIN_PUSH * 4) pushes.push({ name: DECISION_FEATURES[k]!, push });
  }
  return pushes.sort((a, b) => b.push - a.push).slice(0, 2).map((c) => c.name);
}
