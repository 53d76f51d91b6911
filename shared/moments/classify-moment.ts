// Which moment of truth a mention records: pure rules over its text cues, whose voice it is (a customer's, or
// a newsroom's, a press office's, a recruiter's: no moment), which way a switch goes for the watched brand,
// where it was published, its sentiment and the customer's history. Every decision lists its cues (`why`).
import type { MentionKind, SentimentLabel } from '../mention.ts';
import { MOMENTS, type MomentOfTruth } from '../moment-of-truth.ts';
import { conditionHolds, findPhrases, indexPhrases, toCueWords, type CueGroup, type PhraseIndex } from './cue.ts';
import { MOMENT_CUES } from './moment-cues.ts';
import { voiceOf, type VoiceDecision } from './mention-voice.ts';
import { platformKindOf } from './platform-kind.ts';
import { brandWordsOf, readSwitch } from './switch-direction.ts';

/** What the moment rules read. */
export interface MomentInput {
  text: string;
  title?: string;
  /** Mention.platform, e.g. "trustpilot", "reddit", "support.acme.com". */
  platform?: string;
  kind?: MentionKind;
  /** The text's sentiment label; undefined when it could not be scored. */
  sentiment?: SentimentLabel;
  /** What is known of the customer: bad experiences on their journey before this mention. */
  history?: { badExperiences: number };
  /** The watched brand: its name and the query terms the mention matched (which way a switch goes). */
  brand?: readonly string[];
  /** Whose voice it is, when the caller already decided it (voiceOf). */
  voice?: VoiceDecision;
  /** The folded words of title and text (toCueWords), when the caller already has them. */
  words?: readonly string[];
}

/** A moment (or none when nothing points to one) and the cues behind it. */
export interface MomentDecision {
  moment?: MomentOfTruth;
  /** Cues that fired, e.g. `LZMOT: "me cambio a"`, `IMOT: support forum`. */
  why: string[];
}

/** A customer's complaint that makes this many bad experiences (this one included) is the less-than-zero moment. */
export const CHURN_RISK_BAD_EXPERIENCES = 3;
/** Texts are read up to this length: moment cues sit in the opening of a post. */
const READ_CHARS = 4000;

/** Each group counts at most this many of its phrases: one long rant must not outweigh every other cue. */
const MAX_PER_GROUP = 3;

type MomentTag = { moment: MomentOfTruth; group: CueGroup };
let index: PhraseIndex<MomentTag> | undefined;

/** The folded words the moment and stage rules read. */
export function momentWords(input: Pick<MomentInput, 'text' | 'title' | 'words'>): readonly string[] {
  return input.words ?? toCueWords(`${input.title ?? ''}\n${input.text.slice(0, READ_CHARS)}`.replace(/https?:\/\/\S+/g, ' '));
}

/** Switching is churn only when it leaves the watched brand (or, the brand untold, when it is not a happy switch). */
function addSwitch(words: readonly string[], input: MomentInput, tally: Tally): void {
  const reading = readSwitch(words, brandWordsOf(input.brand ?? [], toCueWords));
  if (!reading) return;
  if (reading.hypothetical) add(tally, 'ZMOT', 3, `considers switching: "${reading.cue}"`);
  else if (reading.direction === 'from-brand') add(tally, 'LZMOT', 3, `leaves the brand: "${reading.cue}"`);
  else if (reading.direction === 'to-brand') {
    if (input.sentiment === 'positive') add(tally, 'TMOT', 2, `switched to the brand, happy: "${reading.cue}"`);
  } else if (input.sentiment !== 'positive') add(tally, 'LZMOT', 3, `"${reading.cue}"`);
}

/** The moments' scores and the cues behind them, as they add up. */
interface Tally {
  scores: Map<MomentOfTruth, number>;
  why: string[];
}

// A module function rather than a closure per call: no allocation, and one function map for its callers.
function add(tally: Tally, moment: MomentOfTruth, weight: number, cue: string): void {
  tally.scores.set(moment, (tally.scores.get(moment) ?? 0) + weight);
  tally.why.push(`${moment}: ${cue}`);
}

/** Decide the moment of truth of one mention. */
export function classifyMoment(input: MomentInput): MomentDecision {
  index ??= indexPhrases(MOMENTS.flatMap((moment) => MOMENT_CUES[moment].map((group) => ({ tag: { moment, group }, phrases: group.phrases }))));
  const words = momentWords(input);
  const voice = input.voice ?? voiceOf({ text: input.text, title: input.title, words, kind: input.kind, platform: input.platform });
  // A news article, a press release or a job ad is nobody's moment of truth.
  if (voice.voice !== 'customer') return { moment: undefined, why: [voice.why] };
  const scores = new Map<MomentOfTruth, number>();
  const why: string[] = [];
  const tally: Tally = { scores, why };

  const counted = new Map<CueGroup, number>();
  for (const { tag, text } of findPhrases(index, words)) {
    const n = counted.get(tag.group) ?? 0;
    if (n >= MAX_PER_GROUP || !conditionHolds(tag.group.when, input.sentiment)) continue;
    counted.set(tag.group, n + 1);
    add(tally, tag.moment, tag.group.weight, `"${text}"`);
  }
  const negative = input.sentiment === 'negative';
  const bad = input.history?.badExperiences ?? 0;
  if (negative && bad + 1 >= CHURN_RISK_BAD_EXPERIENCES) add(tally, 'LZMOT', 5, `bad experience number ${bad + 1}: ${bad} before, negative again`);
  if (words.includes('?') && !negative) add(tally, 'ZMOT', 1, 'asks a question');
  addSwitch(words, input, tally);

  const place = platformKindOf(input.platform);
  if (place === 'support-forum') add(tally, 'IMOT', 2, `published on a support forum (${input.platform})`);
  if (place === 'review-site' || input.kind === 'review') {
    // A review is written after the experience: a good one leans to TMOT, any other describes the use.
    // A bad review alone is not LZMOT: that takes leaving, warning others, or a history of bad experiences.
    if (input.sentiment === 'positive') add(tally, 'TMOT', 1, 'positive review');
    else add(tally, 'SMOT', 1, 'review of the experience');
  }

  let best: MomentOfTruth | undefined;
  let bestScore = 0;
  for (const moment of MOMENTS) {
    const score = scores.get(moment) ?? 0;
    if (score > bestScore) (best = moment), (bestScore = score);
  }
  // Every decision has one shape (moment first, even when undefined): its readers stay monomorphic.
  if (!best) return { moment: undefined, why: ['no moment cue'] };
  return { moment: best, why: why.filter((line) => line.startsWith(best)) };
}
