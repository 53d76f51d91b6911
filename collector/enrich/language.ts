// Language detection with eld (medium n-gram set: 99.3–99.8 % on the English and Spanish evaluation
// sets at ~20 000 texts/s; franc reached 66–97 %, tinyld 95–99 % at a fifth of the speed — eval/language.ts).
// Short texts are where detectors guess, so there the scored languages' vocabularies break near-ties.
import { eld } from './language-detector.ts';
import { foldText } from '../../shared/text-fold.ts';
import { hasOtherMarkers, languageByMarkers } from './function-words.ts';
import { lexiconFor } from './lexicon.ts';
import type { ScoredLanguage } from './natural-vocabulary.ts';

/** A detected language and why. */
export interface LanguageReading {
  /** ISO 639-1 code, or "und" when it cannot be told. */
  lang: string;
  why: string;
}

/** Detection reads at most this much: the opening of a long review says as much as all of it. */
const SAMPLE_CHARS = 300;
/** The markers are read in the first words only. */
const MARKER_WORDS = 60;
const NOISE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_]+|\p{Extended_Pictographic}|\p{N}+/gu;

// Frequent words that are unambiguous between English and Spanish (no "a", "no", "me").
const FUNCTION_WORDS: Record<'en' | 'es', ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'is', 'was', 'are', 'were', 'it', 'this', 'that', 'with', 'for', 'of', 'to', 'my', 'you', 'i', 'not', 'very', 'but', 'have', 'had', 'be', 'they', 'we', 'at', 'on', 'in', 'so', 'just', 'what', 'good', 'great', 'bad', 'too', 'never', 'from', 'an', 'do', 'did', "don't", "it's", 'will', 'would']),
  es: new Set(['el', 'la', 'los', 'las', 'y', 'es', 'un', 'una', 'que', 'de', 'del', 'en', 'por', 'para', 'con', 'muy', 'pero', 'lo', 'se', 'mi', 'su', 'mas', 'fue', 'esta', 'este', 'todo', 'nada', 'nunca', 'bien', 'mal', 'bueno', 'buena', 'malo', 'mala', 'sin', 'al', 'hay', 'son', 'estuvo', 'excelente', 'pesimo', 'tambien', 'ni', 'como', 'ya']),
};

/** Up to this many words, a text is short: detectors guess there, so the vocabularies get a say. */
const SHORT_WORDS = 6;
/** Languages whose n-grams a short Spanish text shares so closely that the detector's pick among them is a
 * coin toss ("Bonito" → ca, "Lindo" → pt, "Visita obligada" → ca): there the Spanish vocabulary decides,
 * however far behind the detector puts Spanish, unless a word of the other language is present. */
const SPANISH_NEIGHBOURS: ReadonlySet<string> = new Set(['ca', 'gl', 'pt', 'it', 'ro', 'fr', 'oc', 'la', 'sq', 'tl']);
/** Up to this many words, a text one vocabulary knows whole and the other not at all is that language. */
const VERY_SHORT = 3;
/** Score gap (0–1) within which a short text is as likely Spanish as a neighbour's. */
const NECK_AND_NECK = 0.03;
/** Runs of three or more of one letter ("taaaaan", "buenooo"): a detector reads them as another language. */
const ELONGATION = /(\p{L})\1{2,}/gu;
/** A scored language this close to the detector's favourite (0–1 scores) may take its place. */
const SHORT_MARGIN = 0.2;

/**
 * Detect the language of `text`; `hint` (from the source) wins when it is a plausible code. `folded`: the
 * text's words already folded (lowercase, no accents), when the caller has them.
 */
export function detectLanguage(text: string, hint?: string, folded?: readonly string[]): LanguageReading {
  const given = hint?.trim().toLowerCase();
  if (given && /^[a-z]{2}$/.test(given)) return { lang: given, why: `language ${given}: given by the source` };
  const words = folded ?? toWords(text);
  if (words.length === 0 || (words.length === 1 && words[0]!.length < 2)) return { lang: 'und', why: 'language undetermined: no words' };
  const marked = languageByMarkers(words.length > MARKER_WORDS ? words.slice(0, MARKER_WORDS) : words);
  if (marked) return { lang: marked, why: `language ${marked}: detected (function words)` };
  const sample = (text.length > SAMPLE_CHARS * 2 ? text.slice(0, SAMPLE_CHARS * 2) : text).replace(NOISE, ' ').replace(ELONGATION, '$1');
  const detected = eld.detect(sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample);
  const lang = detected.language;
  if (words.length <= VERY_SHORT && !hasOtherMarkers(words)) {
    const counts = vocabularyCounts(words);
    const only = counts.es.only === words.length ? 'es' : counts.en.only === words.length ? 'en' : undefined;
    if (only && only !== lang) return { lang: only, why: `language ${only}: short text, ${only === 'es' ? 'Spanish' : 'English'} words only` };
    // Words both vocabularies know ("Genial", "Terrible"): one of the two, whichever the detector prefers.
    if (lang !== 'en' && lang !== 'es' && counts.es.entries === words.length && counts.en.entries === words.length) {
      const scores = detected.getScores();
      const pick = (scores.en ?? 0) > (scores.es ?? 0) ? 'en' : 'es';
      return { lang: pick, why: `language ${pick}: short text of English and Spanish words` };
    }
  }
  if (lang === 'en' || lang === 'es') return { lang, why: `language ${lang}: detected` };
  if (words.length <= SHORT_WORDS && !hasOtherMarkers(words)) {
    const scores = detected.getScores();
    const top = lang ? (scores[lang] ?? 0) : 0;
    const neighbour = lang !== undefined && SPANISH_NEIGHBOURS.has(lang);
    // Neck and neck with a neighbour, and nothing of the neighbour's own: Spanish is by far the likelier.
    if (neighbour && (scores.es ?? 0) >= top - NECK_AND_NECK) return { lang: 'es', why: `language es: short text, as likely Spanish as ${lang}` };
    const vote = vocabularyVote(words, (candidate) => (candidate === 'es' && neighbour) || (scores[candidate] ?? 0) >= top - SHORT_MARGIN, (candidate) => scores[candidate] ?? 0);
    if (vote) return { lang: vote, why: `language ${vote}: short text, ${vote === 'es' ? 'Spanish' : 'English'} words` };
  }
  if (lang) return { lang, why: `language ${lang}: detected${detected.isReliable() ? '' : ', unsure'}` };
  return { lang: 'und', why: 'language undetermined' };
}

function toWords(text: string): string[] {
  const sample = (text.length > SAMPLE_CHARS * 2 ? text.slice(0, SAMPLE_CHARS * 2) : text).replace(NOISE, ' ');
  return foldText(sample).split(/[^\p{L}']+/u).filter(Boolean);
}

/** How well each scored vocabulary knows each of `words`: 2 as an entry (function word, opinion word, part of
 * a phrase), 1 only through a stem or a misspelling ("excellent" → "excelente"), 0 not at all. */
function knownWords(words: readonly string[], lang: ScoredLanguage): number[] {
  const lexicon = lexiconFor(lang);
  const known = words.map(() => 0);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const second = words[i + 1];
    const phrase = second === undefined ? undefined : lexicon.phrasePairs.get(word)?.get(second)?.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (phrase) {
      known.fill(2, i, i + phrase.words.length);
      i += phrase.words.length - 1;
    } else if (FUNCTION_WORDS[lang].has(word) || lexicon.hasEntry(word)) known[i] = 2;
    else if (lexicon.valenceOf(word) !== undefined) known[i] = 1;
  }
  return known;
}

/** How many words each vocabulary knows, how many as entries, and how many better than the other (a word
 * both know as well, "terrible", tells the languages apart not at all). A text of up to VERY_SHORT words that
 * one vocabulary alone knows ("Imperdible", "Vale la pena") is that language: n-grams decide less there. */
function vocabularyCounts(words: readonly string[]): Record<ScoredLanguage, { known: number; entries: number; only: number }> {
  const es = knownWords(words, 'es');
  const en = knownWords(words, 'en');
  return { es: countKnown(es, en), en: countKnown(en, es) };
}

/** Words known, known as entries, and known better than the other language knows them. */
function countKnown(mine: number[], theirs: number[]): { known: number; entries: number; only: number } {
  return {
    known: mine.filter((k) => k > 0).length,
    entries: mine.filter((k) => k === 2).length,
    only: mine.filter((k, i) => k > theirs[i]!).length,
  };
}

/** The plausible scored language with more words only it knows (ties go to the detector's score), when it
 * knows at least half the words and one of them is its own: shared words ("no", "el", "terrible") do not make
 * a Catalan text Spanish. */
function vocabularyVote(
  words: readonly string[],
  plausible: (lang: ScoredLanguage) => boolean,
  score: (lang: ScoredLanguage) => number,
): ScoredLanguage | undefined {
  const counts = vocabularyCounts(words);
  const candidates = (['es', 'en'] as const).filter(plausible);
  candidates.sort((a, b) => counts[b].only - counts[a].only || score(b) - score(a));
  const best = candidates[0];
  return best && counts[best].only > 0 && counts[best].known * 2 >= words.length ? best : undefined;
}
