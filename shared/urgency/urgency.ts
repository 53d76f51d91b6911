// How soon a person should answer a mention: `now` (a customer with a live problem: stranded, charged twice,
// safety, a legal threat, leaving, spreading fast), `soon` (a question or a milder issue, within 48 h) or
// `none` (praise, news, jokes, job ads, off-topic). Pure rules over the text's cues, whose voice it is, its
// sentiment and rating, its reach, and what is known of the customer; every decision says why.
import type { MentionKind, SentimentLabel, Urgency } from '../mention.ts';
import { momentWords } from '../moments/classify-moment.ts';
import { findPhrases, indexPhrases, toCueWords, type PhraseIndex } from '../moments/cue.ts';
import { voiceOf, type MentionVoice, type VoiceDecision } from '../moments/mention-voice.ts';
import { brandWordsOf, readSwitch } from '../moments/switch-direction.ts';
import { ASKING, GAIN, LAUGHTER, LIVE_CUES, MILD, NEGATORS, NOT_YET, REPEATED, RESOLVED, SEVERITY, SUPPOSING, TIME_PRESSURE, type LiveReason } from './urgency-cues.ts';

/** Why a mention got its urgency: a live problem, or what kind of mention it is. */
export type UrgencyReason = LiveReason | 'question' | 'complaint' | 'low-rating' | 'praise' | 'nothing' | 'joke' | 'resolved' | 'switched-to-brand' | 'competitor' | Exclude<MentionVoice, 'customer'>;

export interface UrgencyInput {
  text: string;
  title?: string;
  /** The folded words of title and text (toCueWords), when the caller already has them. */
  words?: readonly string[];
  /** The sentiment label; undefined when unscored. */
  sentiment?: SentimentLabel;
  /** 0 (worst) … 1 (best). */
  rating?: number;
  kind?: MentionKind;
  platform?: string;
  /** Whose voice it is, when already decided. */
  voice?: VoiceDecision;
  /** The watched brand's name and matched terms: which way a switch goes. */
  brand?: readonly string[];
  /** Followers, score, likes: a complaint seen by many spreads. */
  reach?: number;
  /** The author's journey has three or more bad experiences (this mention included). */
  churnRisk?: boolean;
}

export interface UrgencyDecision {
  urgency: Urgency;
  reason: UrgencyReason;
  /** How pressing it is within its urgency, 0–1 (orders mentions of the same urgency). */
  weight: number;
  /** The cues behind it, e.g. `money: "charged twice"`. */
  why: string[];
  /** Every live problem found (after negations and resolutions), most urgent first. */
  problems: LiveReason[];
}

/** At or above this score a problem needs a person now. */
const NOW = 0.6;
/** A reach from which a complaint is spreading (followers, upvotes…). */
const VIRAL_REACH = 10_000;
const WIDE_REACH = 1_000;
/** How many words before a problem word a negation undoes it ("not a single delay"). */
const NEGATION_REACH = 4;

type Flag = 'time' | 'mild' | 'laugh' | 'resolved' | 'ask' | 'repeated' | 'gain';
// Both kinds of tag have the same fields in the same order (one hidden class for the loop that reads them).
type Tag = { kind: 'live'; reason: LiveReason; negatable: boolean } | { kind: Flag; reason: undefined; negatable: false };
let index: PhraseIndex<Tag> | undefined;

function buildIndex(): PhraseIndex<Tag> {
  const negates = (phrase: string) => phrase.split(' ').some((w) => NEGATORS.has(w) || w.endsWith("n't") || w === 'cant' || w === 'cannot' || w === 'wont');
  const live = Object.entries(LIVE_CUES).flatMap(([group, phrases]) => {
    const reason = (group === 'viral-words' ? 'viral' : group) as LiveReason;
    return phrases.map((phrase) => ({ tag: { kind: 'live', reason, negatable: !negates(phrase) } as Tag, phrases: [phrase] }));
  });
  const plain = (kind: Flag, phrases: readonly string[]) => ({ tag: { kind, reason: undefined, negatable: false } as Tag, phrases });
  return indexPhrases([...live, plain('time', TIME_PRESSURE), plain('mild', MILD), plain('laugh', LAUGHTER), plain('resolved', RESOLVED), plain('ask', ASKING), plain('repeated', REPEATED), plain('gain', GAIN)]);
}

const VIRAL_SEVERITY_WORDS = 0.6;
const UNDO_LACK = new Set(['ni', 'not', 'never', 'nunca', 'jamas', 'without', 'ningun', 'ninguna']);
const THREATS = new Set<LiveReason>(['legal', 'churn']);
const OUTLIVES_A_FIX = new Set<LiveReason>(['safety', 'legal', 'churn', 'churn-risk']);
const CHARGE = /^(?:cobr|carg|charg|bill|cobro|cargo)/;
const TWICE = new Set(['twice', 'thrice', 'double', 'doble', 'duplicado', 'duplicada']);
const COUNT = /^(?:[2-9]|two|three|four|five)$/;
const SPANISH_COUNTS = new Set(['dos', 'tres', 'cuatro', 'cinco']);

const CLOSING = new Set(['closing', 'close', 'cancel', 'cancelling', 'canceling', 'cerrar', 'cierro', 'cancelar', 'cancelo']);
const ACCOUNT = new Set(['account', 'subscription', 'contract', 'membership', 'plan', 'card', 'cuenta', 'suscripcion', 'contrato', 'tarjeta']);
const WAITING = new Set(['waiting', 'waited', 'wait', 'esperando', 'espere', 'esperar']);
const SPAN = new Set(['days', 'weeks', 'months', 'hours', 'minutes', 'dias', 'semanas', 'meses', 'horas', 'minutos']);
const TAKEN = new Set(['lleva', 'llevo', 'llevamos', 'been', 'after', 'tras']);

/** Whether some word passing `first` has a word passing `second` within `after` words after it (or `before` before). */
function near(words: readonly string[], first: (w: string) => boolean, second: (w: string, k: number, words: readonly string[]) => boolean, after: number, before = 0): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!first(words[i]!)) continue;
    for (let k = Math.max(0, i - before); k < Math.min(words.length, i + after + 1); k++) if (k !== i && second(words[k]!, k, words)) return true;
  }
  return false;
}

/** Problems said with words in between: "me cobraron el equipaje dos veces", "closing my Ondina account", "waiting 3 days". */
function spreadCues(words: readonly string[]): Array<[LiveReason, string]> {
  const found: Array<[LiveReason, string]> = [];
  if (near(words, isCharge, twice, 6, 5)) found.push(['money', 'a charge made twice']);
  if (near(words, isClosing, isAccount, 3)) found.push(['churn', 'closes the account']);
  if (near(words, isWaiting, isSpan, 3)) found.push(['waiting', 'waiting for days']);
  if (near(words, isTaken, spanCount, 2)) found.push(['waiting', 'days gone by']);
  return found;
}

// The word tests of spreadCues live out here, made once: a closure made per call costs an allocation (and,
// where names are kept, a defineProperty that gives each closure a map of its own, deoptimising its callers).
const isCharge = (w: string) => CHARGE.test(w);
/** "twice", "dos veces", "3 times", "tres veces": any repeat of the same charge. */
const twice = (w: string, k: number, words: readonly string[]) => TWICE.has(w) || ((COUNT.test(w) || SPANISH_COUNTS.has(w)) && (words[k + 1] === 'veces' || words[k + 1] === 'times'));
const isClosing = (w: string) => CLOSING.has(w);
const isAccount = (w: string) => ACCOUNT.has(w);
const isWaiting = (w: string) => WAITING.has(w);
const isSpan = (w: string) => SPAN.has(w);
const isTaken = (w: string) => TAKEN.has(w);
/** "Lleva 10 días sin moverse", "been 3 days": a count of days or weeks something has taken. */
const spanCount = (w: string, k: number, words: readonly string[]) => /^\d+$/.test(w) && SPAN.has(words[k + 1] ?? '');

/** Whether one of the NEGATION_REACH words before `at` is in `set`. */
function saidBefore(words: readonly string[], at: number, set: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, at - NEGATION_REACH); k < at; k++) if (set.has(words[k]!)) return true;
  return false;
}

/** The severity of the worst problem found, 0 when none. */
function worstSeverity(live: ReadonlyMap<LiveReason, string>): number {
  let worst = 0;
  for (const reason of live.keys()) worst = Math.max(worst, SEVERITY[reason]);
  return worst;
}

/** Decide how soon a person should answer one mention. */
export function urgencyOf(input: UrgencyInput): UrgencyDecision {
  index ??= buildIndex();
  const words = input.words ?? momentWords(input);
  const voice = input.voice ?? voiceOf({ text: input.text, title: input.title, words, kind: input.kind, platform: input.platform });
  if (voice.voice !== 'customer') return { urgency: 'none', reason: voice.voice, weight: 0, why: [voice.why], problems: [] };

  const live = new Map<LiveReason, string>();
  const why: string[] = [];
  const flags = new Set<Flag>();
  for (const { tag, text, at } of findPhrases(index, words)) {
    if (tag.kind === 'resolved' && saidBefore(words, at, NOT_YET)) continue;
    if (tag.kind !== 'live') {
      flags.add(tag.kind);
      continue;
    }
    if (tag.negatable && saidBefore(words, at, NEGATORS)) continue;
    // "Ni un minuto sin línea": a negated lack is no problem.
    if (!tag.negatable && saidBefore(words, at, UNDO_LACK)) continue;
    // "If you're ever stranded…" supposes; a threat ("if it is not fixed I'll go to the ombudsman") still counts.
    if (!THREATS.has(tag.reason) && saidBefore(words, at, SUPPOSING)) continue;
    if (!live.has(tag.reason)) live.set(tag.reason, `"${text}"`);
  }
  for (const [reason, cue] of spreadCues(words)) if (!live.has(reason)) live.set(reason, cue);
  if (/[😂🤣]/u.test(input.text)) flags.add('laugh');
  const negative = input.sentiment === 'negative';
  const positive = input.sentiment === 'positive';

  const reading = readSwitch(words, brandWordsOf(input.brand ?? [], toCueWords));
  if (reading?.hypothetical || reading?.direction === 'to-brand') live.delete('churn');
  else if (reading?.direction === 'from-brand') live.set('churn', `leaves the brand ("${reading.cue}")`);
  else if (reading && !positive && !reading.hypothetical && !flags.has('gain')) live.set('churn', `"${reading.cue}"`);
  if (input.churnRisk && negative) live.set('churn-risk', 'three or more bad experiences');

  const reach = typeof input.reach === 'number' && Number.isFinite(input.reach) ? input.reach : 0;
  if (reach >= VIRAL_REACH && (negative || worstSeverity(live) >= 0.35)) live.set('viral', `reach ${Math.round(reach).toLocaleString('en')}`);
  // Solved is solved, except a safety scare, a legal threat or leaving, which still want a person.
  if (flags.has('resolved')) for (const reason of live.keys()) if (!OUTLIVES_A_FIX.has(reason)) live.delete(reason);

  const ranked = [...live.entries()].map(([reason, cue]) => ({ reason, cue, severity: reason === 'viral' && !cue.startsWith('reach') ? VIRAL_SEVERITY_WORDS : SEVERITY[reason] }))
    .sort((a, b) => b.severity - a.severity);
  const top = ranked[0]?.severity ?? 0;
  let score = top;
  if (ranked.filter((r) => r.severity >= 0.35).length >= 2) score += 0.1;
  if (flags.has('time') && top >= 0.35) (score += 0.25), why.push('time pressure');
  if (flags.has('repeated') && top >= 0.35) (score += 0.2), why.push('again and again');
  if (reach >= WIDE_REACH && top >= 0.35) score += 0.05;
  if (flags.has('mild')) (score -= 0.3), why.push('said to be mild');
  if (flags.has('laugh') && top < 1) (score -= 0.3), why.push('a joke');
  for (const r of ranked) why.unshift(`${r.reason}: ${r.cue}`);
  const problems = ranked.map((r) => r.reason);

  if (score >= NOW && ranked[0]) return { urgency: 'now', reason: ranked[0].reason, weight: Math.min(1, (score - NOW) / (1 - NOW)), why: dedupe(why), problems };
  const lowRating = typeof input.rating === 'number' && input.rating <= 0.25;
  if (flags.has('resolved') && !lowRating) return { urgency: 'none', reason: 'resolved', weight: 0, why: ['already resolved', ...why], problems };
  const asking = flags.has('ask');
  // A new customer telling how the switch went has nothing to answer unless something went wrong.
  if (reading?.direction === 'to-brand' && !reading.hypothetical && top < 0.2 && !lowRating && !asking) {
    return { urgency: 'none', reason: 'switched-to-brand', weight: 0, why: [`switched to the brand ("${reading.cue}")`], problems };
  }
  // Weak problem words in a happy post ("fees are fair") are no complaint; in an unhappy or sarcastic one they are.
  const complaint = negative || lowRating || top >= (positive ? 0.35 : 0.2);
  if (!flags.has('laugh') && (complaint || asking)) {
    const reason: UrgencyReason = ranked[0] && top >= 0.2 ? ranked[0].reason : asking ? 'question' : lowRating ? 'low-rating' : 'complaint';
    const weight = Math.min(1, Math.max(score / NOW, negative ? 0.5 : 0, lowRating ? 0.5 : 0, asking ? 0.35 : 0));
    return { urgency: 'soon', reason, weight, why: dedupe(asking ? [...why, 'asks a question or for help'] : why), problems };
  }
  return { urgency: 'none', reason: flags.has('laugh') ? 'joke' : positive ? 'praise' : 'nothing', weight: 0, why: dedupe(why), problems };
}

const dedupe = (lines: string[]) => [...new Set(lines)];
