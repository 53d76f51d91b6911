// The per-aspect sentiment step: the aspects a text names (shared/aspects) with each one's sentiment read by
// the collector's sentence scorer on that aspect's own clause or window, not on the whole post.
import type { MentionAspect } from '../../shared/aspects/aspect-ids.ts';
import { shippedAspectTaxonomy, type AspectTaxonomy } from '../../shared/aspects/aspect-taxonomy.ts';
import { readAspects, type PieceSentiment } from '../../shared/aspects/read-aspects.ts';
import { isScored, type Sentiment } from '../../shared/mention.ts';
import { readPiece } from '../enrich/sentiment.ts';
import type { ScoredLanguage } from '../enrich/natural-vocabulary.ts';

/** What the step reads of a text: its words, its language and the sentiment already given to all of it. */
export interface AspectSubject {
  text: string;
  title?: string;
  /** ISO 639-1 code; aspects are read in English and Spanish only. */
  lang: string;
  sentiment: Sentiment;
  /** Star rating normalised to 0–1. */
  rating?: number;
}

const READ: readonly string[] = ['en', 'es'];

/** The scorer on one piece of text, in the text's language (one per language, made once). */
const pieceScorer = (lang: ScoredLanguage) => (piece: string): PieceSentiment | undefined => {
  const sentiment = readPiece(piece, lang);
  return isScored(sentiment) ? { label: sentiment.label, score: sentiment.score } : undefined;
};
const SCORERS = { en: pieceScorer('en'), es: pieceScorer('es') } as const;

/** The aspects of one text; empty for a language other than English or Spanish. Never throws. */
export function aspectsOf(subject: AspectSubject, taxonomy: AspectTaxonomy = shippedAspectTaxonomy()): MentionAspect[] {
  if (!READ.includes(subject.lang) || typeof subject.text !== 'string') return [];
  const overall = isScored(subject.sentiment) ? subject.sentiment.label : undefined;
  return readAspects({ text: subject.text, title: subject.title, lang: subject.lang, overall, rating: subject.rating }, taxonomy, SCORERS[subject.lang as ScoredLanguage]);
}
