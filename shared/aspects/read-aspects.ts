// Each aspect's sentiment, read from its own window with a sentence scorer the caller gives (the collector's
// clause reader): "The crew was lovely but they lost my bag" is staff positive, baggage negative. When a
// window says nothing, the term's own opinion ("overpriced") decides, then the clause and the sentence —
// unless another aspect there already has an opinion of its own — then, when no aspect has an opinion of
// its own, the star rating or the whole text's sentiment. A polar text naming no aspect is `other`.
import type { SentimentLabel } from '../mention.ts';
import type { AspectSentiment, MentionAspect } from './aspect-ids.ts';
import type { AspectTaxonomy } from './aspect-taxonomy.ts';
import { MAX_ASPECT_CHARS } from './aspect-text.ts';
import { findAspects, type AspectFinding, type AspectWindow } from './find-aspects.ts';

/** A scored piece of text: its label and score (−1 … 1); undefined when it holds no sentiment signal. */
export interface PieceSentiment {
  label: SentimentLabel;
  score: number;
}
export type PieceScorer = (piece: string) => PieceSentiment | undefined;

export interface AspectInput {
  text: string;
  title?: string;
  /** The text's language ("en", "es"); any other reads both term lists. */
  lang: string;
  /** The whole text's label (rating included); undefined when it could not be scored. */
  overall?: SentimentLabel;
  /** The star rating, 0 … 1, when the text comes with one. */
  rating?: number;
}

/** The value of a term's own opinion, weaker than what the scorer reads. */
const IMPLIED = 0.5;
/** Ratings at or below two stars of five are a complaint, four and above praise. */
const LOW_RATING = 0.4;
const HIGH_RATING = 0.75;
const polar = (s: PieceSentiment | undefined): s is PieceSentiment => s !== undefined && s.label !== 'neutral';

/** The aspects of one text with their sentiments, in order of first appearance. */
export function readAspects(input: AspectInput, taxonomy: AspectTaxonomy, score: PieceScorer): MentionAspect[] {
  const full = input.title ? `${input.title}.\n${input.text}` : input.text;
  const finding = findAspects(full, input.lang, taxonomy);
  const { text, windows } = finding;
  const overall = input.overall === 'positive' || input.overall === 'negative' ? input.overall : undefined;
  if (!windows.length) return overall ? [{ aspect: 'other', sentiment: overall }] : [];

  // An aspect's name is no opinion of it ("refund", "soporte" carry valence in general lexicons): names are
  // blanked before scoring; terms that are opinions ("outage", "overpriced") stay.
  const masked = maskNames(text.text, finding);
  const memo: Scored = { memo: new Map(), masked, score };
  const own = windows.map((w): number | undefined => {
    const implied = w.cues.reduce((sum, cue) => sum + (cue.polarity ?? 0), 0);
    const read = scoreOf(memo, w.start, w.end);
    if (implied !== 0) return polar(read) && Math.sign(read.score) === Math.sign(implied) ? read.score : Math.sign(implied) * IMPLIED;
    return read && polar(read) ? read.score : read ? 0 : undefined;
  });
  // Whether another aspect of the same clause (sentence) has an opinion of its own: counted once per group,
  // as a long text holds thousands of windows.
  const claimedInClause = opinionated(windows, own, clauseOf);
  const claimedInSentence = opinionated(windows, own, sentenceOf);
  const anyOpinion = own.some((v) => v);
  const rated = input.rating === undefined ? undefined : input.rating <= LOW_RATING ? -IMPLIED : input.rating >= HIGH_RATING ? IMPLIED : undefined;

  const values = windows.map((w, i): number | undefined => {
    if (own[i] !== undefined) return own[i];
    const clause = text.clauses[w.clause]!;
    if ((clause.start !== w.start || clause.end !== w.end) && !claimedInClause(w)) {
      const read = scoreOf(memo, clause.start, clause.end);
      if (read) return polar(read) ? read.score : 0;
    }
    const sentence = text.sentences[w.sentence]!;
    if ((sentence.start !== clause.start || sentence.end !== clause.end) && !claimedInSentence(w)) {
      const read = scoreOf(memo, sentence.start, sentence.end);
      if (read && polar(read)) return read.score;
    }
    // Nothing in the words tells the aspects' opinions apart: the star rating, else the whole text's
    // sentiment is theirs (names left in: "refund", "factura" lean to complaints in what customers write).
    if (!anyOpinion) return rated ?? (overall === 'positive' ? IMPLIED : overall === 'negative' ? -IMPLIED : undefined);
    return undefined;
  });

  const byAspect = new Map<string, { cue: string; values: number[] }>();
  windows.forEach((w, i) => {
    const entry = byAspect.get(w.aspect) ?? { cue: w.cues[0]!.cue, values: [] };
    const v = values[i];
    if (v !== undefined && v !== 0) entry.values.push(v);
    byAspect.set(w.aspect, entry);
  });
  return [...byAspect].map(([aspect, { cue, values: vs }]) => ({ aspect, sentiment: labelOf(vs), cue: cue.length > 120 ? cue.slice(0, 120) : cue }));
}

// The helpers of readAspects are module functions, not closures made per text: no allocation, and where
// names are kept no defineProperty giving each closure a map of its own (which deoptimises its callers).

/** What a span of the masked text reads as, each span scored once per text. */
interface Scored {
  /** By start × SPAN_KEY + end: a number, not a string made per lookup. */
  memo: Map<number, PieceSentiment | undefined>;
  masked: string;
  score: PieceScorer;
}

/** Above any offset in an aspect text (cut at MAX_ASPECT_CHARS), so start and end make one key. */
const SPAN_KEY = MAX_ASPECT_CHARS + 1;

function scoreOf(scored: Scored, start: number, end: number): PieceSentiment | undefined {
  const key = start * SPAN_KEY + end;
  if (!scored.memo.has(key)) scored.memo.set(key, scored.score(scored.masked.slice(start, end)));
  return scored.memo.get(key);
}

const clauseOf = (w: AspectWindow) => w.clause;
const sentenceOf = (w: AspectWindow) => w.sentence;

/** A test of whether another aspect of a window's group (clause, sentence) has an opinion of its own. */
function opinionated(windows: readonly AspectWindow[], own: readonly (number | undefined)[], group: (w: AspectWindow) => number): (w: AspectWindow) => boolean {
  const all = new Map<number, number>();
  const mine = new Map<string, number>();
  windows.forEach((w, k) => {
    if (!own[k]) return;
    all.set(group(w), (all.get(group(w)) ?? 0) + 1);
    mine.set(`${group(w)}:${w.aspect}`, (mine.get(`${group(w)}:${w.aspect}`) ?? 0) + 1);
  });
  return (w: AspectWindow) => (all.get(group(w)) ?? 0) - (mine.get(`${group(w)}:${w.aspect}`) ?? 0) > 0;
}

/** The text with the words of every plain aspect name replaced by spaces (offsets unchanged). */
function maskNames(text: string, finding: AspectFinding): string {
  // Built once from the cut points: a long text names hundreds of aspects, and copying it per name is quadratic.
  const names = finding.cues.filter((cue) => cue.polarity === undefined).map((cue) => [finding.text.words[cue.first]!.start, finding.text.words[cue.last]!.end] as const);
  if (!names.length) return text;
  names.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of names) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), ' '.repeat(end - from));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The mean of the polar readings; neutral without any. */
function labelOf(values: readonly number[]): AspectSentiment {
  if (!values.length) return 'neutral';
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return mean > 0 ? 'positive' : mean < 0 ? 'negative' : 'neutral';
}
